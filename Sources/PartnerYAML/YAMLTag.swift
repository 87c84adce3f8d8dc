/// The core YAML tags, the only ones a configuration file may use.
public enum YAMLTag {
    /// `!!str`
    public static let str = "tag:yaml.org,2002:str"
    /// `!!null`
    public static let null = "tag:yaml.org,2002:null"
    /// `!!bool`
    public static let bool = "tag:yaml.org,2002:bool"
    /// `!!int`
    public static let int = "tag:yaml.org,2002:int"
    /// `!!float`
    public static let float = "tag:yaml.org,2002:float"
    /// `!!map`
    public static let map = "tag:yaml.org,2002:map"
    /// `!!seq`
    public static let seq = "tag:yaml.org,2002:seq"

    static let core: Set<String> = [str, null, bool, int, float, map, seq]

    /// Whether a tag is one of YAML's core tags.
    public static func isCore(_ tag: String) -> Bool {
        core.contains(tag)
    }

    /// `!!str` for `tag:yaml.org,2002:str`; other tags unchanged.
    public static func shortName(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }
}
