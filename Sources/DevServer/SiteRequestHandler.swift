import FlyingFox
import Foundation
import SiteCore

/// Answers the browser: site files from the private build folder (HTML pages with the reload script
/// and the problem overlay added), the preview's own files under `/__kunskapsbank/`, and nothing
/// else. Only GET and HEAD; paths confined to the site folder.
struct SiteRequestHandler: HTTPHandler {
    /// The site folder with symbolic links resolved.
    let siteRoot: String
    let state: BuildState
    /// How long a long-poll request waits for a new build before answering "no change".
    let pollTimeout: Duration

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let isHead = request.method == .HEAD
        guard request.method == .GET || isHead else {
            return Self.response(405, "Metoden stöds inte. Förhandsvisningen svarar bara på GET och HEAD.\n",
                                 headers: [HTTPHeader("Allow"): "GET, HEAD"], head: isHead)
        }
        let rawPath = request.target.path(percentEncoded: true)
        if rawPath.hasPrefix(DevAssets.prefix) {
            return await devResponse(rawPath, request: request, head: isHead)
        }
        let snapshot = await state.snapshot
        guard snapshot.siteReady else {
            return Self.response(503, ServedPage.failurePage(snapshot), type: "text/html; charset=utf-8", head: isHead)
        }
        switch RequestPath.resolve(rawPath, root: siteRoot) {
        case .forbidden:
            return Self.response(403, "Förbjuden adress.\n", head: isHead)
        case .redirect(let location):
            var headers = Self.noStore
            headers[.location] = location
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        case .notFound:
            let notFound = siteRoot + "/404.html"
            if let data = FileManager.default.contents(atPath: notFound) {
                return Self.response(404, page(data, snapshot: snapshot), type: "text/html; charset=utf-8", head: isHead)
            }
            return Self.response(404, "Sidan finns inte.\n", head: isHead)
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                return Self.response(404, "Sidan finns inte.\n", head: isHead)
            }
            let type = ContentType.of(path)
            if type.hasPrefix("text/html") {
                return Self.response(200, page(data, snapshot: snapshot), type: type, head: isHead)
            }
            return Self.response(200, data, type: type, head: isHead)
        }
    }

    private func page(_ data: Data, snapshot: BuildSnapshot) -> String {
        ServedPage.inject(into: String(decoding: data, as: UTF8.self), snapshot: snapshot)
    }

    private func devResponse(_ rawPath: String, request: HTTPRequest, head: Bool) async -> HTTPResponse {
        switch rawPath {
        case DevAssets.scriptPath:
            return Self.response(200, DevAssets.reloadScript, type: "text/javascript; charset=utf-8", head: head)
        case DevAssets.stylesheetPath:
            return Self.response(200, DevAssets.overlayStylesheet, type: "text/css; charset=utf-8", head: head)
        case DevAssets.waitPath:
            let known = request.query.first { $0.name == "version" }.flatMap { Int($0.value) } ?? -1
            let snapshot = await state.waitForChange(from: known, timeout: pollTimeout)
            return Self.response(200, StatusJSON.encode(snapshot, includeDiagnostics: false), type: "application/json; charset=utf-8", head: head)
        case DevAssets.statusPath:
            let snapshot = await state.snapshot
            return Self.response(200, StatusJSON.encode(snapshot, includeDiagnostics: true), type: "application/json; charset=utf-8", head: head)
        default:
            return Self.response(404, "Finns inte.\n", head: head)
        }
    }

    /// Every answer is for a preview that changes under the browser: never cache it.
    static var noStore: HTTPHeaders {
        var headers = HTTPHeaders()
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        return headers
    }

    static func response(
        _ status: Int, _ text: String, type: String = "text/plain; charset=utf-8", headers extra: HTTPHeaders = [:],
        head: Bool
    ) -> HTTPResponse {
        response(status, Data(text.utf8), type: type, headers: extra, head: head)
    }

    /// A HEAD answer carries the headers of the GET answer, with its length, and no body.
    static func response(
        _ status: Int, _ body: Data, type: String, headers extra: HTTPHeaders = [:], head: Bool
    ) -> HTTPResponse {
        var headers = noStore
        for (key, value) in extra { headers.addValue(value, for: key) }
        headers[.contentType] = type
        if head { headers[.contentLength] = String(body.count) }
        return HTTPResponse(statusCode: Self.status(status), headers: headers, body: head ? Data() : body)
    }

    private static func status(_ code: Int) -> HTTPStatusCode {
        switch code {
        case 200: .ok
        case 403: .forbidden
        case 404: .notFound
        case 405: .methodNotAllowed
        default: .serviceUnavailable
        }
    }
}
