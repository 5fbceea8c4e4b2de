import Foundation

/// Compares every page the compiled renderer makes with swift-mustache's rendering of the same
/// template and view, for the differential tests. Set for one task (and a serial build: the
/// parallel stages run on threads that do not see task-local values) with
/// `Theme.$referenceCheck.withValue(check) { … }`.
final class ReferenceCheck: @unchecked Sendable {
    struct Mismatch: Sendable, CustomStringConvertible {
        var template: String
        var compiled: String
        var reference: String?

        var description: String {
            guard let reference else { return "\(template): swift-mustache renders nothing" }
            let common = zip(compiled.utf8, reference.utf8).prefix { $0 == $1 }.count
            let context = { (text: String) in String(decoding: text.utf8.dropFirst(max(common - 60, 0)).prefix(160), as: UTF8.self) }
            return "\(template): skiljer sig vid byte \(common)\n  kompilerad: \(context(compiled))\n  referens:   \(context(reference))"
        }
    }

    private let lock = NSLock()
    private var renders = 0
    private var found: [Mismatch] = []
    private var rendered: Set<String> = []

    /// How many renders were compared.
    var count: Int { lock.withLock { renders } }
    /// The names of the templates rendered.
    var templates: Set<String> { lock.withLock { rendered } }
    /// The renders whose bytes differed.
    var mismatches: [Mismatch] { lock.withLock { found } }

    func compare(template: String, compiled: String, reference: String?) {
        lock.withLock {
            renders += 1
            rendered.insert(template)
            if compiled.utf8.elementsEqual((reference ?? "").utf8), reference != nil { return }
            found.append(Mismatch(template: template, compiled: compiled, reference: reference))
        }
    }
}

extension Theme {
    /// When set, `render` also renders with swift-mustache and records the comparison.
    @TaskLocal static var referenceCheck: ReferenceCheck?
}
