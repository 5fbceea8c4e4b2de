/// Renders compiled templates into one UTF-8 buffer, with swift-mustache's semantics: the context
/// stack and its lookup rules, sections over lists, booleans and values, inverted sections, partials
/// with standalone indentation, parents with block overrides (the outermost override wins).
struct TemplateRenderer {
    /// Where a list section is: what `first()`, `last()`, `index()` … read.
    private struct SequencePosition {
        var first: Bool
        var last: Bool
        var index: Int
    }

    private let templates: [String: CompiledTemplate]
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue]
    private var sequence: SequencePosition?
    private var indentation: [UInt8]?
    private var overrides: [String: [TemplateNode]]?

    init(templates: [String: CompiledTemplate], root: TemplateValue, capacity: Int) {
        self.templates = templates
        self.stack = [root]
        output.reserveCapacity(capacity)
    }

    /// Renders a whole template (the top of the render, or a partial).
    mutating func render(_ template: CompiledTemplate) {
        render(template.nodes)
    }

    /// One frame: swift-mustache renders each template, section body and block into a string of
    /// its own and, when indenting, puts the indentation before each node that starts a line of
    /// that string and renders to something.
    private mutating func render(_ nodes: [TemplateNode]) {
        guard let indentation, !indentation.isEmpty else {
            for node in nodes { render(node) }
            return
        }
        let frameStart = output.count
        for node in nodes {
            let before = output.count
            let atLineStart = endsWithLineFeed(after: frameStart)
            render(node)
            if atLineStart, output.count > before { output.insert(contentsOf: indentation, at: before) }
        }
    }

    /// Whether the frame's output so far ends in a line feed that is a character of its own (the
    /// line feed of a CRLF is not, in Swift's `String.last`).
    private func endsWithLineFeed(after frameStart: Int) -> Bool {
        let end = output.count
        guard end > frameStart, output[end - 1] == UInt8(ascii: "\n") else { return false }
        return end - 2 < frameStart || output[end - 2] != UInt8(ascii: "\r")
    }

    private mutating func render(_ node: TemplateNode) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let lookup, let escaped):
            guard let value = resolve(lookup) else { return }
            write(value, escaped: escaped)
        case .section(let lookup, let body, let inverted):
            let value = resolve(lookup)
            if inverted {
                renderInverted(value, body)
            } else {
                renderSection(value, body)
            }
        case .block(let name, let defaultBody, let blockIndentation):
            let saved = (indentation, sequence)
            indentation = (indentation ?? []) + blockIndentation
            sequence = nil
            render(overrides?[name] ?? defaultBody)
            (indentation, sequence) = saved
        case .partial(let name, let partialIndentation, let partialOverrides):
            guard let template = templates[name] else { return }
            let saved = (indentation, sequence, overrides)
            if let partialIndentation { indentation = (indentation ?? []) + partialIndentation }
            if let partialOverrides {
                overrides = overrides?.merging(partialOverrides) { outer, _ in outer } ?? partialOverrides
            }
            sequence = nil
            render(template.nodes)
            (indentation, sequence, overrides) = saved
        }
    }

    private mutating func renderSection(_ value: TemplateValue?, _ body: [TemplateNode]) {
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

    private mutating func renderInverted(_ value: TemplateValue?, _ body: [TemplateNode]) {
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

    private mutating func renderPushing(_ value: TemplateValue, _ body: [TemplateNode]) {
        let saved = sequence
        sequence = nil
        stack.append(value)
        render(body)
        stack.removeLast()
        sequence = saved
    }

    // MARK: Lookup

    private func resolve(_ lookup: TemplateLookup) -> TemplateValue? {
        var value: TemplateValue
        var transformStart = 0
        switch lookup.root {
        case .current:
            guard let top = stack.last else { return nil }
            value = top
        case .sequence:
            guard let sequence, let transform = lookup.transforms.first, let position = Self.apply(transform, to: sequence)
            else { return nil }
            value = position
            transformStart = 1
        case .local:
            guard let top = stack.last, let found = Self.child(lookup.names[...], of: top) else { return nil }
            value = found
        case .stack:
            guard let found = findOnStack(lookup.names) else { return nil }
            value = found
        }
        if transformStart < lookup.transforms.count {
            for transform in lookup.transforms[transformStart...] {
                guard let transformed = value.applying(transform) else { return nil }
                value = transformed
            }
        }
        return value
    }

    /// The first object on the stack, from the top, that has the first name; then the rest of the
    /// names inside it.
    private func findOnStack(_ names: [TemplateKey]) -> TemplateValue? {
        guard let first = names.first else { return nil }
        var level = stack.count
        while level > 0 {
            level -= 1
            guard case .object(let object) = stack[level], let holder = object[first] else { continue }
            return names.count == 1 ? holder : Self.child(names[1...], of: holder)
        }
        return nil
    }

    private static func child(named name: TemplateKey, of value: TemplateValue) -> TemplateValue? {
        guard case .object(let entries) = value else { return nil }
        return entries[name]
    }

    private static func child(_ names: ArraySlice<TemplateKey>, of value: TemplateValue) -> TemplateValue? {
        var value = value
        for name in names {
            guard let next = child(named: name, of: value) else { return nil }
            value = next
        }
        return value
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
