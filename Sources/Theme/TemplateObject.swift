/// A name a template looks up, with its hash worked out once (when the template is compiled, or
/// when a view sets the key), so that a lookup compares integers before it compares text.
///
/// Public so that view builders can keep the keys they set as static constants
/// (`view[.title] = …`) and hash each name once per run, not once per page.
public struct TemplateKey: Sendable, Equatable {
    let name: String
    let hash: Int

    public init(_ name: String) {
        self.name = name
        self.hash = Self.hash(name)
    }

    /// FNV-1a over the name's UTF-8 bytes: view keys are short, so this is cheaper than `Hasher`.
    static func hash(_ name: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash)
    }
}

/// The entries of an object value (`page`, one item of `nav`): a short array searched from the
/// front, not a dictionary. View objects hold a handful of keys, so a scan of precomputed hashes
/// beats hashing the name for every lookup, and building one costs a single allocation.
///
/// Keys are unique; setting a key again replaces its value in place, so the order is the order in
/// which keys were first set (it is never observable in the output: printing an object or
/// enumerating it sorts its keys).
public struct TemplateObject: Sendable {
    struct Entry: Sendable {
        let hash: Int
        let key: String
        var value: TemplateValue
    }

    private(set) var entries: [Entry]

    public init() {
        entries = []
    }

    public init(minimumCapacity: Int) {
        entries = []
        entries.reserveCapacity(minimumCapacity)
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    /// The keys, in the order they were first set.
    public var keys: [String] { entries.map(\.key) }

    public subscript(key: String) -> TemplateValue? {
        get { self[TemplateKey(key)] }
        set { set(TemplateKey(key), newValue) }
    }

    subscript(key: TemplateKey) -> TemplateValue? {
        index(of: key).map { entries[$0].value }
    }

    mutating func set(_ key: TemplateKey, _ value: TemplateValue?) {
        if let index = index(of: key) {
            if let value { entries[index].value = value } else { entries.remove(at: index) }
        } else if let value {
            entries.append(Entry(hash: key.hash, key: key.name, value: value))
        }
    }

    /// Adds a key the object does not have yet (the caller knows it is new).
    mutating func append(_ key: TemplateKey, _ value: TemplateValue) {
        entries.append(Entry(hash: key.hash, key: key.name, value: value))
    }

    mutating func reserveCapacity(_ capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    fileprivate func index(of key: TemplateKey) -> Int? {
        entries.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index].hash == key.hash && buffer[index].key == key.name {
                return index
            }
            return nil
        }
    }

    /// The entries as a dictionary (for swift-mustache and callers that want one).
    public var dictionary: [String: TemplateValue] {
        Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }
}

extension TemplateValue {
    /// What a dotted name (`keys[names]`, at least one) finds in the value at `value`: nil when it
    /// is not an object with the first name; otherwise the value the rest of the names lead to, if
    /// any. The result points into the objects' entry storage (see `TemplateRenderer.Resolved`):
    /// valid while the value at `value` is alive and unchanged.
    static func lookup(
        in value: UnsafePointer<TemplateValue>, _ keys: UnsafeMutableBufferPointer<TemplateKey>, _ names: Range<Int>
    ) -> UnsafePointer<TemplateValue>?? {
        guard var found = entry(in: value, keys[names.lowerBound]) else { return nil }
        var name = names.lowerBound + 1
        while name < names.upperBound {
            guard let next = entry(in: found, keys[name]) else { return .some(nil) }
            found = next
            name += 1
        }
        return .some(found)
    }

    /// The value of `key` in the object at `value`, in place; nil when it is no object or lacks the key.
    private static func entry(in value: UnsafePointer<TemplateValue>, _ key: TemplateKey) -> UnsafePointer<TemplateValue>? {
        guard case .object(let object) = value.pointee else { return nil }
        // The pointer outlives the closure: the object's storage is immutable while it is rendered.
        return object.entries.withUnsafeBufferPointer { entries in
            guard let base = entries.baseAddress else { return nil }
            for index in entries.indices where entries[index].hash == key.hash && entries[index].key == key.name {
                return UnsafeRawPointer(base + index).advanced(by: TemplateObject.Entry.valueOffset)
                    .assumingMemoryBound(to: TemplateValue.self)
            }
            return nil
        }
    }
}

extension TemplateObject.Entry {
    /// Where `value` lies in an entry, for pointers to it. Computed, not a `static let`: the
    /// compiler folds it to a constant, where a lazy global's initialization check made it copy the
    /// object around the check.
    static var valueOffset: Int { MemoryLayout<Self>.offset(of: \.value)! }
}
