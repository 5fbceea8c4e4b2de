/// Renders a linked `TemplateProgram` into one UTF-8 buffer, with swift-mustache's semantics: the
/// context stack and its lookup rules, sections over lists, booleans and values, inverted sections,
/// partials with standalone indentation, parents with block overrides (the outermost override wins).
///
/// The program is read through raw pointers copied here once, so walking it costs no reference
/// counting; only the view's values are retained as they are looked up and pushed.
struct TemplateRenderer {
    /// Where a list section is: what `first()`, `last()`, `index()` … read.
    private struct SequencePosition {
        var first: Bool
        var last: Bool
        var index: Int
    }

    private let text: UnsafeMutableBufferPointer<UInt8>
    private let instructions: UnsafeMutableBufferPointer<TemplateInstruction>
    private let lookups: UnsafeMutableBufferPointer<TemplateProgram.Lookup>
    private let keys: UnsafeMutableBufferPointer<TemplateKey>
    private let transforms: UnsafeMutableBufferPointer<TemplateTransform>
    private let templates: UnsafeMutableBufferPointer<TemplateProgram.Frame>
    private let overrideSets: UnsafeMutableBufferPointer<TemplateProgram.Frame>
    private let overrides: UnsafeMutableBufferPointer<TemplateProgram.Override>

    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue]
    private var sequence: SequencePosition?
    /// The indentation of the enclosing standalone partials and blocks, outermost first.
    private var indentation: [UInt8] = []
    /// The override sets of the enclosing parents, outermost (the one that wins) first.
    private var activeOverrides: [Int32] = []

    /// A renderer over `program`'s buffers: the caller keeps the program alive while it renders.
    init(program: TemplateProgram, root: TemplateValue, capacity: Int) {
        text = program.text
        instructions = program.instructions
        lookups = program.lookups
        keys = program.keys
        transforms = program.transforms
        templates = program.templates
        overrideSets = program.overrideSets
        overrides = program.overrides
        self.stack = [root]
        output.reserveCapacity(capacity)
        activeOverrides.reserveCapacity(4)
    }

    /// Renders a whole template by its id in the program (the top of the render).
    mutating func render(template: Int32) {
        render(templates[Int(template)])
    }

    /// One frame: swift-mustache renders each template, section body and block into a string of
    /// its own and, when indenting, puts the indentation before each node that starts a line of
    /// that string and renders to something.
    private mutating func render(_ frame: TemplateProgram.Frame) {
        var index = Int(frame.start)
        let end = Int(frame.end)
        guard !indentation.isEmpty else {
            while index < end {
                execute(instructions[index])
                index &+= 1
            }
            return
        }
        let frameStart = output.count
        while index < end {
            let before = output.count
            let atLineStart = endsWithLineFeed(after: frameStart)
            execute(instructions[index])
            if atLineStart, output.count > before { output.insert(contentsOf: indentation, at: before) }
            index &+= 1
        }
    }

    /// Whether the frame's output so far ends in a line feed that is a character of its own (the
    /// line feed of a CRLF is not, in Swift's `String.last`).
    private func endsWithLineFeed(after frameStart: Int) -> Bool {
        let end = output.count
        guard end > frameStart, output[end - 1] == UInt8(ascii: "\n") else { return false }
        return end - 2 < frameStart || output[end - 2] != UInt8(ascii: "\r")
    }

    private func bytes(of instruction: TemplateInstruction) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: text.baseAddress.map { $0 + Int(instruction.textStart) }, count: Int(instruction.textCount))
    }

    private mutating func execute(_ instruction: TemplateInstruction) {
        switch instruction.kind {
        case .text:
            output.append(contentsOf: bytes(of: instruction))
        case .variable:
            guard let value = resolve(lookups[Int(instruction.operand)]) else { return }
            write(value, escaped: instruction.escaped)
        case .section:
            renderSection(resolve(lookups[Int(instruction.operand)]), instruction.body)
        case .invertedSection:
            renderInverted(resolve(lookups[Int(instruction.operand)]), instruction.body)
        case .block:
            let saved = sequence
            sequence = nil
            indentation.append(contentsOf: bytes(of: instruction))
            render(override(of: instruction.operand) ?? instruction.body)
            indentation.removeLast(Int(instruction.textCount))
            sequence = saved
        case .partial:
            guard instruction.operand >= 0 else { return }
            let saved = sequence
            sequence = nil
            indentation.append(contentsOf: bytes(of: instruction))
            if instruction.overrideSet >= 0 { activeOverrides.append(instruction.overrideSet) }
            render(templates[Int(instruction.operand)])
            if instruction.overrideSet >= 0 { activeOverrides.removeLast() }
            indentation.removeLast(Int(instruction.textCount))
            sequence = saved
        }
    }

    /// The body of the outermost active override of `block`, if any parent overrides it.
    private func override(of block: Int32) -> TemplateProgram.Frame? {
        var level = 0
        while level < activeOverrides.count {
            let set = overrideSets[Int(activeOverrides[level])]
            var index = Int(set.start)
            while index < Int(set.end) {
                if overrides[index].block == block { return overrides[index].body }
                index &+= 1
            }
            level &+= 1
        }
        return nil
    }

    private mutating func renderSection(_ value: TemplateValue?, _ body: TemplateProgram.Frame) {
        switch value {
        case .none:
            return
        case .bool(let flag):
            if flag { render(body) }
        case .list(let items):
            guard !items.isEmpty else { return }
            let saved = sequence
            for (index, item) in items.enumerated() {
                sequence = SequencePosition(first: index == 0, last: index == items.count - 1, index: index)
                stack.append(item)
                render(body)
                stack.removeLast()
            }
            sequence = saved
        case .some(let value):
            renderPushing(value, body)
        }
    }

    private mutating func renderInverted(_ value: TemplateValue?, _ body: TemplateProgram.Frame) {
        switch value {
        case .none:
            render(body)
        case .bool(let flag):
            if !flag { render(body) }
        case .list(let items):
            if items.isEmpty { renderPushing(.list(items), body) }
        case .some:
            return
        }
    }

    private mutating func renderPushing(_ value: TemplateValue, _ body: TemplateProgram.Frame) {
        let saved = sequence
        sequence = nil
        stack.append(value)
        render(body)
        stack.removeLast()
        sequence = saved
    }

    // MARK: Lookup

    private func resolve(_ lookup: TemplateProgram.Lookup) -> TemplateValue? {
        var value: TemplateValue
        var transform = Int(lookup.transformStart)
        let transformEnd = transform + Int(lookup.transformCount)
        let keyStart = Int(lookup.keyStart), keyEnd = keyStart + Int(lookup.keyCount)
        switch lookup.root {
        case .current:
            guard let top = stack.last else { return nil }
            value = top
        case .sequence:
            guard let sequence, transform < transformEnd, let position = Self.apply(transforms[transform], to: sequence)
            else { return nil }
            value = position
            transform += 1
        case .local:
            guard !stack.isEmpty, let found = stack[stack.count - 1].lookup(keys, keyStart..<keyEnd) ?? nil else { return nil }
            value = found
        case .stack:
            guard let found = findOnStack(keyStart..<keyEnd) else { return nil }
            value = found
        }
        while transform < transformEnd {
            guard let transformed = value.applying(transforms[transform]) else { return nil }
            value = transformed
            transform += 1
        }
        return value
    }

    /// The first object on the stack, from the top, that has the first name; then the rest of the
    /// names inside it.
    private func findOnStack(_ names: Range<Int>) -> TemplateValue? {
        guard !names.isEmpty else { return nil }
        var level = stack.count
        while level > 0 {
            level -= 1
            if let found = stack[level].lookup(keys, names) { return found }
        }
        return nil
    }

    private static func apply(_ transform: TemplateTransform, to position: SequencePosition) -> TemplateValue? {
        switch transform {
        case .first: return .bool(position.first)
        case .last: return .bool(position.last)
        case .index: return .int(position.index)
        case .even: return .bool(position.index & 1 == 0)
        case .odd: return .bool(position.index & 1 == 1)
        default: return nil
        }
    }

    // MARK: Output

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            escaped ? HTMLEscaping.append(text, to: &output) : output.append(contentsOf: text.utf8)
        case .html(let bytes):
            if escaped {
                bytes.withUnsafeBufferPointer { HTMLEscaping.append($0, to: &output) }
            } else {
                output.append(contentsOf: bytes)
            }
        case .int(let number):
            output.append(contentsOf: String(number).utf8)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list, .object, .opaque:
            escaped ? HTMLEscaping.append(value.description, to: &output) : output.append(contentsOf: value.description.utf8)
        }
    }
}
