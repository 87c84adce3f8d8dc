import ArgumentParser
import PartnerModel

/// `--cloud global|china`.
extension Cloud: ExpressibleByArgument {}
