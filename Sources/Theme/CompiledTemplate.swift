/// A Mustache template parsed once into nodes; `TemplateProgram` links a theme's trees into the flat
/// program that `TemplateRenderer` walks.
///
/// The node tree mirrors swift-mustache's tokens one for one (`TemplateParser` follows its parser,
/// standalone-line rules included), so the compiled renderer gives the same bytes.
struct CompiledTemplate: Sendable {
    var nodes: [TemplateNode]
}

indirect enum TemplateNode: Sendable {
    /// Literal template text, as UTF-8.
    case text([UInt8])
    /// `{{x}}` (escaped) or `{{{x}}}` / `{{&x}}` (raw).
    case variable(TemplateLookup, escaped: Bool)
    /// `{{#x}}…{{/x}}`, or `{{^x}}…{{/x}}` when `inverted`.
    case section(TemplateLookup, body: [TemplateNode], inverted: Bool)
    /// `{{$name}}default{{/name}}` outside a parent's top level: an override, or the default.
    case block(name: String, defaultBody: [TemplateNode], indentation: [UInt8])
    /// `{{>name}}` (no overrides) or `{{<name}}…{{/name}}` (with the blocks it overrides).
    /// `indentation` is nil unless the tag stood alone on its line (a parent always has one).
    case partial(name: String, indentation: [UInt8]?, overrides: [String: [TemplateNode]]?)
}

/// A name in a tag, resolved as swift-mustache resolves it, with the transforms around it
/// (`first(nav)`), innermost first. Linking copies it into the program's plain lookup tables.
final class TemplateLookup: Sendable {
    enum Root: Sendable, Equatable {
        /// `.` (and an empty name): the top of the context stack.
        case current
        /// `index()`, `first()` …: the position in the enclosing list.
        case sequence
        /// `.summary`: only the top of the stack, never the enclosing objects.
        case local
        /// `page.title`: the first object on the stack, from the top, that has the first name.
        case stack
    }

    let root: Root
    /// The dotted name's parts, hashed once here rather than on every lookup.
    let names: [TemplateKey]
    let transforms: [TemplateTransform]

    init(name: String, transforms: [TemplateTransform]) {
        let names = name.split(separator: ".").map { TemplateKey(String($0)) }
        let root: Root
        if name == "." {
            root = .current
        } else if name.isEmpty, !transforms.isEmpty {
            root = .sequence
        } else if name.first == "." {
            root = names.isEmpty ? .current : .local
        } else {
            root = names.isEmpty ? .current : .stack
        }
        self.root = root
        self.names = root == .current || root == .sequence ? [] : names
        self.transforms = transforms
    }
}

/// The transforms of swift-mustache's `Transform.swift` that the compiled renderer knows.
enum TemplateTransform: String, Sendable, CaseIterable {
    case first, last, reversed, count, empty, sorted, enumerated
    case capitalized, lowercased, uppercased
    case equalzero, plusone, minusone, even, odd
    case index
}
