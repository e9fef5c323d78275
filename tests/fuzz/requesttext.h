#pragma once

#include "supervisor/http/httprequest.h"

#include <QByteArrayView>

namespace TheEye::Fuzz {

// The router and body targets read a request in a text form close to HTTP/1.1, so seeds are
// readable and libFuzzer's mutations keep most of the structure:
//
//   METHOD SP target [SP anything]      target = path ["?" query] ["#" fragment]
//   Name: value                         any number of header lines, names stored lower-case
//                                       (an empty line ends them)
//   body                                every byte after the empty line
//
// Lines end with LF or CRLF. The target is split and decoded exactly as the transport does it
// (HttpServer::Private::beginRequest), so what reaches the router is what a real client can send.
Http::Request requestFromText(QByteArrayView input);

} // namespace TheEye::Fuzz
