// A tiny blocking HTTP/1.1 client on raw POSIX sockets for the server tests:
// it can send exactly the bytes a test wants (partial headers, lies in
// Content-Length, pipelined requests), which a real client library would not.
#ifndef TAILWATCH_TESTS_DAEMON_HTTP_RAW_CLIENT_H_
#define TAILWATCH_TESTS_DAEMON_HTTP_RAW_CLIENT_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <string_view>

namespace tailwatch::testing {

struct RawResponse {
  int status = 0;                              // 0: no (complete) response
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;

  std::string Header(const std::string& lower_case_name) const {
    auto it = headers.find(lower_case_name);
    return it == headers.end() ? std::string() : it->second;
  }
};

class RawClient {
 public:
  RawClient() = default;
  explicit RawClient(uint16_t port, const char* host = "127.0.0.1") { Connect(port, host); }
  ~RawClient() { Close(); }
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;

  bool Connect(uint16_t port, const char* host = "127.0.0.1") {
    Close();
    const bool v6 = std::strchr(host, ':') != nullptr;
    fd_ = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM, 0);
    if (fd_ < 0) return false;
    int rc;
    if (v6) {
      sockaddr_in6 addr{};
      addr.sin6_family = AF_INET6;
      addr.sin6_port = htons(port);
      ::inet_pton(AF_INET6, host, &addr.sin6_addr);
      rc = ::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    } else {
      sockaddr_in addr{};
      addr.sin_family = AF_INET;
      addr.sin_port = htons(port);
      ::inet_pton(AF_INET, host, &addr.sin_addr);
      rc = ::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    }
    if (rc != 0) Close();
    return fd_ >= 0;
  }

  void Close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    eof_ = false;
    buffer_.clear();
  }

  bool connected() const { return fd_ >= 0; }

  // Sends everything; false when the peer is gone.
  bool Send(std::string_view data) {
    while (!data.empty()) {
      const ssize_t n = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
      if (n <= 0) return false;
      data.remove_prefix(static_cast<size_t>(n));
    }
    return true;
  }

  // Reads one response (Content-Length framed) within `timeout`.
  RawResponse Read(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000)) {
    RawResponse response;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    size_t header_end;
    while ((header_end = buffer_.find("\r\n\r\n")) == std::string::npos) {
      if (!Fill(deadline)) return response;
    }
    const std::string head = buffer_.substr(0, header_end);
    size_t pos = head.find("\r\n");
    const std::string status_line = head.substr(0, pos);
    if (status_line.size() < 12) return response;
    while (pos != std::string::npos && pos < head.size()) {
      const size_t next = head.find("\r\n", pos + 2);
      const std::string line =
          head.substr(pos + 2, next == std::string::npos ? std::string::npos : next - pos - 2);
      const size_t colon = line.find(':');
      if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        size_t start = colon + 1;
        while (start < line.size() && line[start] == ' ') ++start;
        response.headers[name] = line.substr(start);
      }
      pos = next;
    }
    size_t length = 0;
    if (auto it = response.headers.find("content-length"); it != response.headers.end()) {
      length = std::stoul(it->second);
    }
    while (buffer_.size() < header_end + 4 + length) {
      if (!Fill(deadline)) return response;
    }
    response.body = buffer_.substr(header_end + 4, length);
    buffer_.erase(0, header_end + 4 + length);
    response.status = std::stoi(status_line.substr(9, 3));
    return response;
  }

  // True when the server closed (or reset) the connection within `timeout`;
  // data that arrives meanwhile is kept for Read().
  bool WaitClosed(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      if (!Fill(deadline)) return eof_;
    }
    return eof_;
  }

 private:
  // Appends what arrives before `deadline`; false on timeout, EOF or error.
  bool Fill(std::chrono::steady_clock::time_point deadline) {
    if (fd_ < 0 || eof_) return false;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd pfd{fd_, POLLIN, 0};
    if (::poll(&pfd, 1, static_cast<int>(left.count())) <= 0) return false;
    char chunk[8192];
    const ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) {
      eof_ = true;
      return false;
    }
    buffer_.append(chunk, static_cast<size_t>(n));
    return true;
  }

  int fd_ = -1;
  bool eof_ = false;
  std::string buffer_;
};

inline std::string Get(std::string_view path, std::string_view extra_headers = "") {
  return "GET " + std::string(path) + " HTTP/1.1\r\nHost: test\r\n" + std::string(extra_headers) +
         "\r\n";
}

inline std::string Post(std::string_view path, std::string_view body,
                        std::string_view extra_headers = "") {
  return "POST " + std::string(path) +
         " HTTP/1.1\r\nHost: test\r\nContent-Length: " + std::to_string(body.size()) + "\r\n" +
         std::string(extra_headers) + "\r\n" + std::string(body);
}

}  // namespace tailwatch::testing

#endif  // TAILWATCH_TESTS_DAEMON_HTTP_RAW_CLIENT_H_
