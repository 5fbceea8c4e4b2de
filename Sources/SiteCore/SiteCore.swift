/// Shared vocabulary of every stage: where something is in the sources (`SourceLocation`), what is
/// wrong with it (`Diagnostic`), how a title becomes a URL segment (`Slug`), how one page links to
/// another (`SitePath`), and the few text helpers (HTML escaping, Swedish numbers) every stage needs.
/// Nothing here knows about cmark, YAML or templates.
public enum SiteCore {}
