// The status page's files (daemon/http/status_page/* at build time), compiled
// into tailwatchd so the page works on a node with no network and no files
// beside the binary.
#ifndef TAILWATCH_DAEMON_HTTP_STATUS_PAGE_FILES_H_
#define TAILWATCH_DAEMON_HTTP_STATUS_PAGE_FILES_H_

#include <span>

#include "config/embedded_files.h"

namespace tailwatch::http::status_page {

using EmbeddedFile = config::EmbeddedFile;  // path relative to daemon/http/status_page/

// Every file of the page, sorted by path.
std::span<const EmbeddedFile> EmbeddedFiles();

}  // namespace tailwatch::http::status_page

#endif  // TAILWATCH_DAEMON_HTTP_STATUS_PAGE_FILES_H_
