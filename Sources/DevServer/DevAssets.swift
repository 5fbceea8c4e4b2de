/// The two files that exist only while serving, under `/__kunskapsbank/`: the reload script (a
/// same-origin file, since pages allow only `script-src 'self'`) and the overlay's stylesheet.
enum DevAssets {
    static let prefix = "/__kunskapsbank/"
    static let scriptPath = prefix + "reload.js"
    static let stylesheetPath = prefix + "overlay.css"
    /// `GET /__kunskapsbank/vanta?version=N` answers when the build version differs from N.
    static let waitPath = prefix + "vanta"
    /// `GET /__kunskapsbank/status.json`: the latest build's version and problems.
    static let statusPath = prefix + "status.json"

    /// Long-polls for a new build and reloads the page when one is done. Written for every browser
    /// the site supports, without modules.
    static let reloadScript = """
        // Bara i förhandsvisningen från `kunskapsbank serve`: laddar om sidan efter varje nytt bygge.
        (function () {
          "use strict";
          var script = document.currentScript;
          var version = script ? script.getAttribute("data-version") : "0";
          var delay = 500;
          function wait() {
            fetch("\(waitPath)?version=" + encodeURIComponent(version), { cache: "no-store" })
              .then(function (response) {
                if (!response.ok) { throw new Error("status " + response.status); }
                return response.json();
              })
              .then(function (state) {
                delay = 500;
                if (String(state.version) !== String(version)) { window.location.reload(); return; }
                wait();
              })
              .catch(function () {
                // The server was stopped or restarted: try again, more slowly.
                delay = Math.min(delay * 2, 5000);
                window.setTimeout(wait, delay);
              });
          }
          wait();
        })();

        """

    static let overlayStylesheet = """
        /* Bara i förhandsvisningen från `kunskapsbank serve`. */
        .kb-dev-overlay {
          position: fixed; inset: 0 0 auto 0; z-index: 2147483647; max-height: 60vh; overflow: auto;
          margin: 0; padding: 1rem 1.25rem; box-sizing: border-box;
          background: #fff8f0; color: #1a1a1a; border-bottom: 4px solid #b00020;
          font: 15px/1.45 system-ui, sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 25%);
        }
        .kb-dev-overlay.kb-dev-varningar { border-bottom-color: #8a5a00; background: #fffbea; }
        .kb-dev-overlay summary { font-weight: 700; cursor: pointer; }
        .kb-dev-overlay ol { margin: .75rem 0 0; padding-left: 1.25rem; }
        .kb-dev-overlay li { margin: 0 0 .6rem; }
        .kb-dev-overlay code { font: 14px/1.4 ui-monospace, monospace; white-space: pre-wrap; word-break: break-word; }
        .kb-dev-overlay .kb-dev-plats { font-weight: 700; }
        .kb-dev-overlay .kb-dev-fel { color: #b00020; font-weight: 700; }
        .kb-dev-overlay .kb-dev-varning { color: #7a4f00; font-weight: 700; }
        .kb-dev-overlay p { margin: .5rem 0 0; }

        """
}
