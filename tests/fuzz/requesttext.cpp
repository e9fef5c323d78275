#include "requesttext.h"

#include "supervisor/http/urlcoding.h"

namespace TheEye::Fuzz {

namespace {

// The next line without its terminator; `pos` moves past it. nullopt-like: pos > size at the end.
QByteArrayView nextLine(QByteArrayView input, qsizetype &pos)
{
    const qsizetype newline = input.indexOf('\n', pos);
    const qsizetype end = newline < 0 ? input.size() : newline;
    QByteArrayView line = input.sliced(pos, end - pos);
    if (line.endsWith('\r'))
        line.chop(1);
    pos = newline < 0 ? input.size() + 1 : newline + 1;
    return line;
}

} // namespace

Http::Request requestFromText(QByteArrayView input)
{
    Http::Request request;
    qsizetype pos = 0;
    const QByteArrayView requestLine = nextLine(input, pos);
    const qsizetype space = requestLine.indexOf(' ');
    request.method = (space < 0 ? requestLine : requestLine.first(space)).toByteArray();
    QByteArrayView target = space < 0 ? QByteArrayView("/") : requestLine.sliced(space + 1);
    if (const qsizetype end = target.indexOf(' '); end >= 0)
        target.truncate(end);

    // As the transport does it.
    if (const qsizetype hash = target.indexOf('#'); hash >= 0)
        target.truncate(hash);
    const qsizetype question = target.indexOf('?');
    const QByteArrayView rawPath = question < 0 ? target : target.first(question);
    request.path = Http::decodePath(rawPath);
    if (question >= 0) {
        request.rawQuery = target.sliced(question + 1).toByteArray();
        request.queryItems = Http::decodeQueryItems(request.rawQuery);
    }

    while (pos <= input.size()) {
        const QByteArrayView line = nextLine(input, pos);
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a header line; a real parser would refuse the request
        request.headers.append({line.first(colon).trimmed().toByteArray().toLower(),
                                line.sliced(colon + 1).trimmed().toByteArray()});
    }
    if (pos < input.size())
        request.body = input.sliced(pos).toByteArray();
    return request;
}

} // namespace TheEye::Fuzz
