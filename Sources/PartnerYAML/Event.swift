/// One libyaml event, copied out into Swift values.
enum Event {
    case documentStart(Mark)
    case scalar(YAMLScalar, mark: Mark, anchor: String?, tag: String?)
    case alias(anchor: String, mark: Mark)
    case sequenceStart(mark: Mark, anchor: String?, tag: String?)
    case mappingStart(mark: Mark, anchor: String?, tag: String?)
    case collectionEnd
}
