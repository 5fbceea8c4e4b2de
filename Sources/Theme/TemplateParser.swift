/// Parses Mustache text into `TemplateNode`s by the rules of swift-mustache 2.1.1's parser
/// (`Template+Parser.swift`): same characters in names, same whitespace and standalone-line
/// handling, same partial indentation, so both renderers give the same bytes.
///
/// Constructs the compiled renderer does not implement (`{{=<% %>=}}`, `{{% pragma }}`, dynamic
/// partials `{{>*name}}`, unknown transforms) are refused with the position of their tag. Syntax errors
/// are reported by swift-mustache's own parse at load; this parser only needs to refuse them.
struct TemplateParser {
    struct Failure: Error, Equatable {
        enum Reason: Equatable {
            case syntax
            case setDelimiter
            case pragma
            case dynamicPartial
            case unknownTransform(String)
        }

        var reason: Reason
        /// Where the tag starts (its `{{`).
        var position: String.Index
    }

    static func parse(_ text: String) throws(Failure) -> CompiledTemplate {
        var parser = TemplateParser(text: text)
        return CompiledTemplate(nodes: try parser.parseNodes(State()))
    }

    private struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var partialDefinitionIndent: Substring?

        func withSectionName(_ name: String, newLine: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritancePartial(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    /// A parsed tag body: the children of a section, or the blocks of a parent.
    private enum Parsed {
        case node(TemplateNode)
        case blockDefinition(String, [TemplateNode])
    }

    private let text: String
    private var position: String.Index
    /// Where the tag being parsed starts, for failures.
    private var tagStart: String.Index

    private init(text: String) {
        self.text = text
        self.position = text.startIndex
        self.tagStart = text.startIndex
    }

    private static let nameCharactersWithoutBrackets = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
    private static let blanks = Set<Character>(" \t")

    private mutating func parseNodes(_ initialState: State) throws(Failure) -> [TemplateNode] {
        try parseSection(initialState).map { parsed throws(Failure) in
            guard case .node(let node) = parsed else { throw failure(.syntax) }
            return node
        }
    }

    // Follows swift-mustache's `parse(_:state:)` branch by branch; the odd corners (whitespace kept
    // across a comment, the parent's newline state after a section) are kept on purpose.
    private mutating func parseSection(_ initialState: State) throws(Failure) -> [Parsed] {
        var nodes: [Parsed] = []
        var state = initialState
        var whiteSpaceBefore: Substring = ""
        func appendText(_ string: String) { nodes.append(.node(.text(Array(string.utf8)))) }

        while !reachedEnd {
            if state.newLine {
                let whiteSpace = read(while: Self.blanks)
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = whiteSpace.dropFirst(indent.count)
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let textBefore = try readUntilDelimiterOrNewline()
            if current.isNewline {
                appendText(String(whiteSpaceBefore) + textBefore + String(current))
                state.newLine = true
                advance()
                continue
            }
            if !textBefore.isEmpty {
                appendText(String(whiteSpaceBefore) + textBefore)
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if reachedEnd { break }
            tagStart = text.index(position, offsetBy: -2)

            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                advance()
                let (name, transforms) = try parseName()
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    appendText(String(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let lookup = try lookup(name, transforms)
                let body = try parseNodes(state.withSectionName(name, newLine: setNewLine, transforms: transforms))
                nodes.append(.node(.section(lookup, body: body, inverted: inverted)))

            case "/":
                advance()
                let (name, transforms) = try parseName()
                guard name == state.sectionName, transforms == state.sectionTransforms else { throw failure(.syntax) }
                if !isStandalone(state), !whiteSpaceBefore.isEmpty {
                    appendText(String(whiteSpaceBefore))
                }
                return nodes

            case "!":
                advance()
                try skipComment()
                setNewLine = isStandalone(state)

            case "{", "&":
                let triple = current == "{"
                if !whiteSpaceBefore.isEmpty {
                    appendText(String(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                advance()
                let (name, transforms) = try parseName()
                if triple {
                    guard !reachedEnd, current == "}" else { throw failure(.syntax) }
                    advance()
                }
                nodes.append(.node(.variable(try lookup(name, transforms), escaped: false)))

            case ">":
                advance()
                _ = read(while: \.isWhitespace)
                if current == "*" { throw failure(.dynamicPartial) }
                let name = try parsePartialName()
                if !whiteSpaceBefore.isEmpty { appendText(String(whiteSpaceBefore)) }
                var indentation: [UInt8]?
                if isStandalone(state) {
                    setNewLine = true
                    indentation = Array(whiteSpaceBefore.utf8)
                }
                nodes.append(.node(.partial(name: name, indentation: indentation, overrides: nil)))
                whiteSpaceBefore = ""

            case "<":
                advance()
                _ = read(while: \.isWhitespace)
                let name = try parsePartialName()
                if name.first == "*" { throw failure(.dynamicPartial) }
                if !whiteSpaceBefore.isEmpty { appendText(String(whiteSpaceBefore)) }
                if isStandalone(state) { setNewLine = true }
                var overrides: [String: [TemplateNode]] = [:]
                for parsed in try parseSection(state.withInheritancePartial(name)) {
                    switch parsed {
                    case .blockDefinition(let block, let body): overrides[block] = body
                    case .node(.text): break
                    case .node: throw failure(.syntax)
                    }
                }
                nodes.append(.node(.partial(name: name, indentation: Array(whiteSpaceBefore.utf8), overrides: overrides)))
                whiteSpaceBefore = ""

            case "$":
                advance()
                let (name, transforms) = try parseName()
                guard transforms.isEmpty else { throw failure(.syntax) }
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let body = try parseNodes(state.withSectionName(name, newLine: setNewLine))
                    nodes.append(.blockDefinition(name, body))
                } else {
                    if !whiteSpaceBefore.isEmpty { appendText(String(whiteSpaceBefore)) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parseNodes(state.withSectionName(name, newLine: setNewLine))
                    nodes.append(.node(.block(name: name, defaultBody: body, indentation: Array(whiteSpaceBefore.utf8))))
                    whiteSpaceBefore = ""
                }

            case "=":
                throw failure(.setDelimiter)

            case "%":
                throw failure(.pragma)

            default:
                if !whiteSpaceBefore.isEmpty {
                    appendText(String(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let (name, transforms) = try parseName()
                nodes.append(.node(.variable(try lookup(name, transforms), escaped: true)))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw failure(.syntax) }
        return nodes
    }

    private func failure(_ reason: Failure.Reason) -> Failure {
        Failure(reason: reason, position: tagStart)
    }

    private func lookup(_ name: String, _ transforms: [String]) throws(Failure) -> TemplateLookup {
        var known: [TemplateTransform] = []
        for name in transforms.reversed() {
            guard let transform = TemplateTransform(rawValue: name) else { throw failure(.unknownTransform(name)) }
            known.append(transform)
        }
        return TemplateLookup(name: name, transforms: known)
    }

    // MARK: Reading

    private var reachedEnd: Bool { position == text.endIndex }

    /// The character at the position; NUL at the end, as swift-mustache's parser answers.
    private var current: Character { reachedEnd ? "\0" : text[position] }

    private mutating func advance() { position = text.index(after: position) }

    private mutating func read(while set: Set<Character>) -> Substring {
        let start = position
        while !reachedEnd, set.contains(text[position]) { advance() }
        return text[start..<position]
    }

    private mutating func read(while property: (Character) -> Bool) -> Substring {
        let start = position
        while !reachedEnd, property(text[position]) { advance() }
        return text[start..<position]
    }

    /// Reads `string` if the text continues with it; fails, as swift-mustache does, when fewer
    /// characters than it has are left.
    private mutating func read(string: String) throws(Failure) -> Bool {
        guard text.distance(from: position, to: text.endIndex) >= string.count else { throw failure(.syntax) }
        let end = text.index(position, offsetBy: string.count)
        guard text[position..<end] == string else { return false }
        position = end
        return true
    }

    /// Text up to the next `{{` (which is consumed) or line break (which is not).
    private mutating func readUntilDelimiterOrNewline() throws(Failure) -> String {
        var total = ""
        while !reachedEnd {
            total += read { $0 != "\n" && $0 != "\r\n" && $0 != "{" }
            if current.isNewline { break }
            if current == "{" {
                if try read(string: "{{") { break }
                total.append("{")
                advance()
            }
        }
        return total
    }

    private mutating func parseName() throws(Failure) -> (String, [String]) {
        _ = read(while: \.isWhitespace)
        let name = String(read(while: Self.nameCharacters))
        _ = read(while: \.isWhitespace)
        guard try read(string: "}}") else { throw failure(.syntax) }

        // `first(list)`: transforms outermost first, then the name inside the brackets.
        var transforms: [String] = []
        var rest = Substring(name)
        var head = rest.prefix { Self.nameCharactersWithoutBrackets.contains($0) }
        rest = rest.dropFirst(head.count)
        guard let bracket = rest.first else { return (name, []) }
        guard bracket == "(" else { throw failure(.syntax) }
        rest = rest.dropFirst()
        transforms.append(String(head))
        while true {
            head = rest.prefix { Self.nameCharactersWithoutBrackets.contains($0) }
            rest = rest.dropFirst(head.count)
            switch rest.first {
            case ")":
                let closing = rest.prefix { $0 == ")" }
                guard closing.count == transforms.count, closing.count == rest.count else { throw failure(.syntax) }
                return (String(head), transforms)
            case "(":
                rest = rest.dropFirst()
                transforms.append(String(head))
            default:
                throw failure(.syntax)
            }
        }
    }

    private mutating func parsePartialName() throws(Failure) -> String {
        _ = read(while: \.isWhitespace)
        let name = String(read(while: Self.partialNameCharacters))
        _ = read(while: \.isWhitespace)
        guard try read(string: "}}") else { throw failure(.syntax) }
        return name
    }

    /// Skips to just after the comment's `}}`.
    private mutating func skipComment() throws(Failure) {
        guard let close = text[position...].firstRange(of: "}}") else { throw failure(.syntax) }
        position = close.upperBound
    }

    /// True when only blanks follow the tag on its line; the line break is then consumed.
    private mutating func hasLineFinished() -> Bool {
        if reachedEnd { return true }
        var probe = position
        while probe != text.endIndex, Self.blanks.contains(text[probe]) { probe = text.index(after: probe) }
        guard probe != text.endIndex, text[probe].isNewline else { return false }
        position = text.index(after: probe)
        return true
    }

    private mutating func isStandalone(_ state: State) -> Bool {
        state.newLine && hasLineFinished()
    }
}
