/// A theme's compiled templates linked, once at load, into one flat program of plain data: the
/// renderer walks it through raw pointers, so visiting an instruction is loads and branches, with no
/// reference counting (the node tree cost a retain and a release per node, array and lookup visited).
///
/// - all literal text and indentations are ranges of one byte array;
/// - each frame (a template, a section body, a block's default or override) is a contiguous range of
///   instructions; a section or block names its body's range, a partial its template's id;
/// - lookups are ranges of shared key and transform arrays;
/// - a parent's overrides (`{{<bas}}{{$titel}}…{{/titel}}{{/bas}}`) are an override set: a range of
///   (block id, body) entries.
///
/// Immutable once built; the buffers live as long as the program (keep it alive around a render).
final class TemplateProgram: @unchecked Sendable {
    struct Frame {
        var start: Int32
        var end: Int32
    }

    struct Lookup {
        var root: TemplateLookup.Root
        var keyStart: Int32
        var keyCount: Int32
        var transformStart: Int32
        var transformCount: Int32
    }

    struct Override {
        var block: Int32
        var body: Frame
    }

    let text: UnsafeMutableBufferPointer<UInt8>
    let instructions: UnsafeMutableBufferPointer<TemplateInstruction>
    let lookups: UnsafeMutableBufferPointer<Lookup>
    let keys: UnsafeMutableBufferPointer<TemplateKey>
    let transforms: UnsafeMutableBufferPointer<TemplateTransform>
    /// Each template's top frame, by template id.
    let templates: UnsafeMutableBufferPointer<Frame>
    /// Each override set's range of `overrides`.
    let overrideSets: UnsafeMutableBufferPointer<Frame>
    let overrides: UnsafeMutableBufferPointer<Override>
    /// Template name → id (its index in `templates`); ids follow the sorted names.
    let templateIDs: [String: Int32]

    init(linking compiled: [String: CompiledTemplate]) {
        let sorted = compiled.sorted { $0.key < $1.key }
        var ids: [String: Int32] = [:]
        for (index, entry) in sorted.enumerated() { ids[entry.key] = Int32(index) }
        var linker = Linker(templateIDs: ids)
        let frames = sorted.map { linker.frame($0.value.nodes) }
        templateIDs = ids
        text = Self.copy(linker.text)
        instructions = Self.copy(linker.instructions)
        lookups = Self.copy(linker.lookups)
        keys = Self.copy(linker.keys)
        transforms = Self.copy(linker.transforms)
        templates = Self.copy(frames)
        overrideSets = Self.copy(linker.overrideSets)
        overrides = Self.copy(linker.overrides)
    }

    deinit {
        Self.free(text)
        Self.free(instructions)
        Self.free(lookups)
        Self.free(keys)
        Self.free(transforms)
        Self.free(templates)
        Self.free(overrideSets)
        Self.free(overrides)
    }

    private static func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeMutableBufferPointer(rebasing: buffer[..<array.count])
    }

    private static func free<Element>(_ buffer: UnsafeMutableBufferPointer<Element>) {
        buffer.baseAddress?.deinitialize(count: buffer.count)
        buffer.baseAddress?.deallocate()
    }
}

/// One step of a template program: plain data (no references), so loading one costs no retain.
struct TemplateInstruction {
    enum Kind: UInt8 {
        /// Copies `text` (`textStart`, `textCount`).
        case text
        /// Writes lookup `operand`'s value, escaped when `escaped`.
        case variable
        /// Renders `body` for lookup `operand`'s value (`{{#x}}`).
        case section
        /// Renders `body` when lookup `operand`'s value is false or missing (`{{^x}}`).
        case invertedSection
        /// Renders block `operand`'s outermost override, or `body`, indented by `text`.
        case block
        /// Renders template `operand` (nothing when it is -1: no such template), indented by
        /// `text`, with override set `overrideSet` (-1: none) under those already active.
        case partial
    }

    var kind: Kind
    var escaped = false
    var textStart: Int32 = 0
    var textCount: Int32 = 0
    var operand: Int32 = -1
    var bodyStart: Int32 = 0
    var bodyEnd: Int32 = 0
    var overrideSet: Int32 = -1

    var body: TemplateProgram.Frame { TemplateProgram.Frame(start: bodyStart, end: bodyEnd) }
}

/// Lays out the node trees as a `TemplateProgram`: a frame's instructions first, contiguous, then
/// the frames of its sections, blocks and overrides after them.
private struct Linker {
    let templateIDs: [String: Int32]
    var text: [UInt8] = []
    var instructions: [TemplateInstruction] = []
    var lookups: [TemplateProgram.Lookup] = []
    var keys: [TemplateKey] = []
    var transforms: [TemplateTransform] = []
    var overrideSets: [TemplateProgram.Frame] = []
    var overrides: [TemplateProgram.Override] = []
    var blockIDs: [String: Int32] = [:]

    init(templateIDs: [String: Int32]) {
        self.templateIDs = templateIDs
    }

    mutating func frame(_ nodes: [TemplateNode]) -> TemplateProgram.Frame {
        let start = instructions.count
        instructions.append(contentsOf: repeatElement(TemplateInstruction(kind: .text), count: nodes.count))
        for (offset, node) in nodes.enumerated() {
            instructions[start + offset] = instruction(node)
        }
        return TemplateProgram.Frame(start: Int32(start), end: Int32(start + nodes.count))
    }

    private mutating func instruction(_ node: TemplateNode) -> TemplateInstruction {
        switch node {
        case .text(let bytes):
            var instruction = TemplateInstruction(kind: .text)
            (instruction.textStart, instruction.textCount) = append(bytes)
            return instruction
        case .variable(let lookup, let escaped):
            return TemplateInstruction(kind: .variable, escaped: escaped, operand: link(lookup))
        case .section(let lookup, let body, let inverted):
            var instruction = TemplateInstruction(kind: inverted ? .invertedSection : .section, operand: link(lookup))
            set(frame(body), in: &instruction)
            return instruction
        case .block(let name, let defaultBody, let indentation):
            var instruction = TemplateInstruction(kind: .block, operand: blockID(name))
            (instruction.textStart, instruction.textCount) = append(indentation)
            set(frame(defaultBody), in: &instruction)
            return instruction
        case .partial(let name, let indentation, let partialOverrides):
            var instruction = TemplateInstruction(kind: .partial, operand: templateIDs[name] ?? -1)
            (instruction.textStart, instruction.textCount) = append(indentation ?? [])
            if let partialOverrides {
                var entries: [TemplateProgram.Override] = []
                for (block, body) in partialOverrides.sorted(by: { $0.key < $1.key }) {
                    entries.append(TemplateProgram.Override(block: blockID(block), body: frame(body)))
                }
                instruction.overrideSet = Int32(overrideSets.count)
                overrideSets.append(TemplateProgram.Frame(start: Int32(overrides.count), end: Int32(overrides.count + entries.count)))
                overrides += entries
            }
            return instruction
        }
    }

    private func set(_ body: TemplateProgram.Frame, in instruction: inout TemplateInstruction) {
        instruction.bodyStart = body.start
        instruction.bodyEnd = body.end
    }

    private mutating func append(_ bytes: [UInt8]) -> (Int32, Int32) {
        let start = text.count
        text += bytes
        return (Int32(start), Int32(bytes.count))
    }

    private mutating func link(_ lookup: TemplateLookup) -> Int32 {
        lookups.append(TemplateProgram.Lookup(
            root: lookup.root, keyStart: Int32(keys.count), keyCount: Int32(lookup.names.count),
            transformStart: Int32(transforms.count), transformCount: Int32(lookup.transforms.count)))
        keys += lookup.names
        transforms += lookup.transforms
        return Int32(lookups.count - 1)
    }

    private mutating func blockID(_ name: String) -> Int32 {
        if let id = blockIDs[name] { return id }
        let id = Int32(blockIDs.count)
        blockIDs[name] = id
        return id
    }
}
