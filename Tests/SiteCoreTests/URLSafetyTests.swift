import SiteCore
import Testing

struct URLSafetyTests {
    @Test(arguments: [
        ("javascript:alert(1)", true), ("JaVaScRiPt:alert(1)", true), (" java\tscript:alert(1)", true),
        ("\u{1}javascript:x", true), ("data:text/html,x", true), ("data:image/png;base64,iVBOR", true),
        ("vbscript:msgbox", true), ("file:///etc/passwd", true), ("blob:https://x", true),
        ("https://www.nybro.se/", false), ("mailto:a@b.se", false), ("../metoder/a.md", false),
        ("a.md#javascript:x", false), ("?q=javascript:x", false), ("", false),
    ])
    func executableSchemesAreRecognisedAsBrowsersReadThem(url: String, executable: Bool) {
        #expect(URLSafety.isExecutable(url) == executable)
    }

    @Test(arguments: [
        ("https://www.nybro.se/kunskapsbank/", true), ("http://x.se", true), ("HTTPS://X.SE/", true),
        ("https://", false), ("https:///x", false), ("javascript:alert(1)", false), ("www.nybro.se", false),
        ("https://x.se/\"><script>", false), ("https://x .se", false),
    ])
    func webAddressIsAbsoluteHTTPWithAHost(url: String, isWeb: Bool) {
        #expect(URLSafety.isWebAddress(url) == isWeb)
    }
}
