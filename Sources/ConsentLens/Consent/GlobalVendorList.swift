import Foundation

/// The names of a Global Vendor List (the IAB's `vendor-list.json`), to name the vendors of a TC
/// string whose vendor list it is. Read at run time from a path the user gives; no list is
/// bundled. A list matches a string when its `vendorListVersion` is the string's and its
/// specification fits the string's policy (GVL v3 lists, numbered afresh from 1, go with policy
/// version 4 and later; v2 lists with earlier ones).
public struct GlobalVendorList: Sendable, Equatable {
    public var vendorListVersion: Int
    public var gvlSpecificationVersion: Int
    /// Vendor id → name, control characters taken out.
    public var names: [Int: String]

    /// `v17 (GVL v3)`.
    public var label: String { "v\(vendorListVersion) (GVL v\(gvlSpecificationVersion))" }

    public func matches(_ s: TCString) -> Bool {
        vendorListVersion == s.vendorListVersion && (gvlSpecificationVersion >= 3) == (s.tcfPolicyVersion >= 4)
    }

    private struct File: Decodable {
        struct Vendor: Decodable { var name: String }
        var vendorListVersion: Int
        var gvlSpecificationVersion: Int?
        var vendors: [String: Vendor]
    }

    /// A list file, or every `*.json` list in a directory (files that are not lists are skipped);
    /// a path that holds none is a one-line error.
    public static func load(path: String) throws(GlobalVendorListError) -> [GlobalVendorList] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .init("no such file or directory") }
        if !isDirectory.boolValue {
            guard let list = read(path) else { throw .init("not a Global Vendor List (vendor-list.json)") }
            return [list]
        }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        let lists = files.compactMap { read((path as NSString).appendingPathComponent($0)) }
        if lists.isEmpty { throw .init("holds no Global Vendor List (*.json with vendorListVersion and vendors)") }
        return lists
    }

    static func read(_ path: String) -> GlobalVendorList? {
        guard let data = FileManager.default.contents(atPath: path), let file = try? JSONDecoder().decode(File.self, from: data) else { return nil }
        var names: [Int: String] = [:]
        for (key, vendor) in file.vendors {
            guard let id = Int(key) else { continue }
            names[id] = String(vendor.name.unicodeScalars.filter { $0.properties.generalCategory != .control }.map(Character.init))
        }
        return GlobalVendorList(vendorListVersion: file.vendorListVersion, gvlSpecificationVersion: file.gvlSpecificationVersion ?? 2, names: names)
    }
}

public struct GlobalVendorListError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

extension TCString {
    /// Lines naming the vendors of the string (consents, then legitimate interests) from the list
    /// among `lists` that matches it, or one line saying which list was missing.
    public func vendorNameLines(from lists: [GlobalVendorList]) -> [String] {
        guard let list = lists.first(where: { $0.matches(self) }) else {
            let given = lists.map(\.label).joined(separator: ", ")
            return ["Vendor names: the string's vendor list v\(vendorListVersion) (GVL v\(tcfPolicyVersion >= 4 ? 3 : 2)) is not among those given (\(given)); vendors are shown as ids"]
        }
        var lines = ["Vendor names from vendor list \(list.label):"]
        for (title, set) in [("consent", vendorConsents), ("legitimate interest", vendorLegitimateInterests)] where set.count > 0 {
            lines.append("  \(title) (\(set.count)):")
            lines += set.ids.map { "    \($0) \(list.names[$0] ?? "(not in the list)")" }
        }
        return lines
    }
}
