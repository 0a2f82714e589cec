// The S3 sink over real files, a real push journal and real sockets: a small
// S3 stand-in on 127.0.0.1 records every request and answers scripted
// statuses. Checks batching by size and time, the key scheme, that bounds
// are recorded before an upload and that a sink reopened from its state
// uploads the same batch under the same key, truncation, pushed streams and
// the journal hold, and multipart uploads.
#include "daemon/sink/s3_sink.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <deque>
#include <filesystem>
#include <fstream>
#include <future>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "daemon/ingest/gzip_decode.h"
#include "daemon/ingest/push_journal.h"
#include "daemon/notify/sigv4.h"
#include "daemon/sink/object_key.h"

namespace tailwatch::sink {
namespace {

namespace fs = std::filesystem;
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using asio::ip::tcp;

struct Received {
  std::string method;
  std::string target;
  std::string body;
  std::string authorization;
  std::string content_sha256;
};

// Answers each request with the next scripted status (then 200), with an
// ETag and, for CreateMultipartUpload, an UploadId.
class S3StandIn {
 public:
  S3StandIn() : acceptor_(ioc_, tcp::endpoint(asio::ip::address_v4::loopback(), 0)) {
    thread_ = std::thread([this] { Serve(); });
  }
  ~S3StandIn() {
    stopping_ = true;
    boost::system::error_code ec;
    // Wake the blocking accept with a connection of our own.
    tcp::socket poke(ioc_);
    poke.connect(acceptor_.local_endpoint(), ec);
    poke.close(ec);
    thread_.join();
  }
  std::string Endpoint() const {
    return "http://127.0.0.1:" + std::to_string(acceptor_.local_endpoint().port());
  }
  void Script(std::deque<int> statuses) {
    std::lock_guard lock(mu_);
    script_ = std::move(statuses);
  }
  std::vector<Received> received() const {
    std::lock_guard lock(mu_);
    return received_;
  }
  // The successful PUTs of whole objects, by key (path after "/bucket/").
  std::map<std::string, std::string> objects() const {
    std::lock_guard lock(mu_);
    return objects_;
  }

 private:
  void Serve() {
    while (!stopping_) {
      tcp::socket socket(ioc_);
      boost::system::error_code ec;
      acceptor_.accept(socket, ec);
      if (ec || stopping_) return;
      beast::flat_buffer buffer;
      for (;;) {
        bhttp::request<bhttp::string_body> request;
        bhttp::read(socket, buffer, request, ec);
        if (ec) break;
        Received r{std::string(request.method_string()), std::string(request.target()),
                   request.body(), std::string(request[bhttp::field::authorization]),
                   std::string(request["x-amz-content-sha256"])};
        bhttp::response<bhttp::string_body> response;
        response.version(11);
        response.result(200);
        {
          std::lock_guard lock(mu_);
          if (!script_.empty()) {
            response.result(script_.front());
            script_.pop_front();
          }
          received_.push_back(r);
          response.set(bhttp::field::etag, "\"etag-" + std::to_string(received_.size()) + "\"");
          if (response.result_int() == 200) {
            const std::string path = r.target.substr(0, r.target.find('?'));
            if (r.method == "PUT" && r.target.find('?') == std::string::npos) {
              objects_[path.substr(path.find('/', 1) + 1)] = r.body;
            }
            if (r.method == "POST" && r.target.ends_with("?uploads=")) {
              response.body() =
                  "<InitiateMultipartUploadResult><UploadId>up-1</UploadId>"
                  "</InitiateMultipartUploadResult>";
            }
            if (r.method == "PUT" && r.target.find("partNumber=") != std::string::npos) {
              parts_.push_back(r.body);
            }
            if (r.method == "POST" && r.target.find("uploadId=") != std::string::npos) {
              std::string whole;
              for (const std::string& p : parts_) whole += p;
              parts_.clear();
              objects_[path.substr(path.find('/', 1) + 1)] = whole;
            }
          } else {
            response.body() =
                "<Error><Code>InternalError</Code><Message>scripted</Message></Error>";
          }
        }
        response.keep_alive(request.keep_alive());
        response.prepare_payload();
        bhttp::write(socket, response, ec);
        if (ec || !request.keep_alive()) break;
      }
    }
  }

  asio::io_context ioc_;
  tcp::acceptor acceptor_;
  std::thread thread_;
  std::atomic<bool> stopping_{false};
  mutable std::mutex mu_;
  std::deque<int> script_;
  std::vector<Received> received_;
  std::vector<std::string> parts_;
  std::map<std::string, std::string> objects_;
};

std::string Gunzip(const std::string& data) {
  std::string out;
  EXPECT_EQ(daemon::GunzipCapped(data, 1 << 30, &out), daemon::GzipStatus::kOk);
  return out;
}

std::string Unescape(const std::string& key) {
  std::string out;
  for (size_t i = 0; i < key.size(); ++i) {
    if (key[i] == '%' && i + 2 < key.size()) {
      out += static_cast<char>(std::stoi(key.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += key[i];
    }
  }
  return out;
}

class S3SinkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::TempDir() + "/s3_sink_" + std::to_string(::getpid()) + "_" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_ + "/logs");
  }
  void TearDown() override { fs::remove_all(dir_); }

  S3SinkOptions Options(size_t max_batch_bytes = 1024) {
    S3SinkOptions o;
    o.config.name = "archive";
    o.config.bucket = "logs-bucket";
    o.config.prefix = "node/a";
    o.config.endpoint = s3_.Endpoint();
    o.config.max_batch_bytes = max_batch_bytes;
    o.config.max_batch_seconds = 60;
    o.config.initial_backoff_ms = 1;
    o.config.max_backoff_ms = 1;
    o.config.timeout_ms = 5000;
    o.groups.push_back({"app", {dir_ + "/logs/*.log"}, /*start_at_beginning=*/true});
    o.state_path = dir_ + "/state/archive/state";
    o.credentials = notify::AwsCredentials{"AKIDEXAMPLE", "secret", ""};
    o.wall_clock_ms = [this] { return now_ms_; };
    return o;
  }

  void Append(const std::string& name, const std::string& text) {
    std::ofstream out(dir_ + "/logs/" + name, std::ios::app | std::ios::binary);
    out << text;
  }

  static std::string Lines(int from, int count) {
    std::string out;
    for (int i = from; i < from + count; ++i) {
      out += "2026-12-06T11:00:00Z line " + std::to_string(i) + " of the app log\n";
    }
    return out;
  }

  // Every object's decoded lines, in key order.
  std::string Shipped() const {
    std::string all;
    for (const auto& [key, body] : s3_.objects()) all += Gunzip(body);
    return all;
  }

  S3StandIn s3_;
  std::string dir_;
  int64_t now_ms_ = 1796554800000;  // 2026-12-06T11:00:00Z
};

TEST_F(S3SinkTest, ShipsWholeLinesInSizeBoundedBatchesUnderTheKeyScheme) {
  const std::string text = Lines(0, 100);
  Append("a.log", text);
  auto sink = S3Sink::Open(Options(1024));
  ASSERT_TRUE(sink.has_value()) << sink.error().message;
  (*sink)->RunRound(/*cut_all=*/true);

  EXPECT_EQ(Shipped(), text);
  const auto objects = s3_.objects();
  ASSERT_GT(objects.size(), 3u);
  uint64_t expected_first = 0;
  for (const auto& [key, body] : objects) {
    auto parts = ParseObjectKey(Unescape(key), "node/a");
    ASSERT_TRUE(parts.has_value()) << key;
    EXPECT_EQ(parts->log_group, "app");
    EXPECT_EQ(parts->log_stream, dir_ + "/logs/a.log");
    EXPECT_EQ(parts->hour_ms, 1796554800000);
    EXPECT_EQ(parts->source_id.front(), 'f');
    EXPECT_EQ(parts->first, expected_first);
    EXPECT_LE(parts->last - parts->first, 1024u);
    const std::string lines = Gunzip(body);
    EXPECT_EQ(lines.size(), parts->last - parts->first);
    EXPECT_EQ(lines.back(), '\n');
    expected_first = parts->last;
  }
  EXPECT_EQ(expected_first, text.size());
  for (const Received& r : s3_.received()) {
    EXPECT_TRUE(
        r.authorization.starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261206/"
                                    "us-east-1/s3/aws4_request"))
        << r.authorization;
    EXPECT_EQ(r.content_sha256, notify::Sha256Hex(r.body));
  }
  const SinkCounters c = (*sink)->counters();
  EXPECT_EQ(c.objects, objects.size());
  EXPECT_EQ(c.raw_bytes, text.size());
  EXPECT_EQ(c.pending, 0u);
}

TEST_F(S3SinkTest, KeepsAnUnterminatedLineUntilItEnds) {
  Append("a.log", Lines(0, 2) + "half a li");
  auto sink = S3Sink::Open(Options(1 << 20));
  ASSERT_TRUE(sink.has_value());
  (*sink)->RunRound(true);
  EXPECT_EQ(Shipped(), Lines(0, 2));
  Append("a.log", "ne\n");
  (*sink)->RunRound(true);
  EXPECT_EQ(Shipped(), Lines(0, 2) + "half a line\n");
}

TEST_F(S3SinkTest, CutsByAgeNotBefore) {
  Append("a.log", Lines(0, 3));
  auto sink = S3Sink::Open(Options(1 << 20));
  ASSERT_TRUE(sink.has_value());
  (*sink)->RunRound(false);
  EXPECT_TRUE(s3_.objects().empty());
  now_ms_ += 59 * 1000;
  (*sink)->RunRound(false);
  EXPECT_TRUE(s3_.objects().empty());
  now_ms_ += 1000;
  (*sink)->RunRound(false);
  EXPECT_EQ(Shipped(), Lines(0, 3));
}

TEST_F(S3SinkTest, RecordsTheBatchBeforeUploadingAndReuploadsItUnderTheSameKey) {
  Append("a.log", Lines(0, 10));
  s3_.Script({500});
  {
    auto sink = S3Sink::Open(Options(1 << 20));
    ASSERT_TRUE(sink.has_value());
    (*sink)->RunRound(true);
    // The upload failed: the batch is recorded (durably, in the state file).
    EXPECT_EQ((*sink)->counters().upload_failures, 1u);
    EXPECT_EQ((*sink)->counters().pending, 1u);
  }
  auto state = ReadSinkState(dir_ + "/state/archive/state");
  ASSERT_TRUE(state.has_value() && state->has_value());
  ASSERT_EQ((*state)->pending.size(), 1u);
  const PendingBatch recorded = (*state)->pending.front();
  EXPECT_EQ(recorded.first, 0u);
  EXPECT_EQ(recorded.last, Lines(0, 10).size());

  // More lines arrive; a new process (as after kill -9) uploads the recorded
  // batch first, with the same bounds, then the new lines in a batch of their own.
  Append("a.log", Lines(10, 5));
  now_ms_ += 3600 * 1000;  // a later hour: the recorded batch keeps its own
  auto again = S3Sink::Open(Options(1 << 20));
  ASSERT_TRUE(again.has_value());
  (*again)->RunRound(true);
  const auto objects = s3_.objects();
  ASSERT_EQ(objects.size(), 2u);
  auto first = ParseObjectKey(Unescape(objects.begin()->first), "node/a");
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->first, recorded.first);
  EXPECT_EQ(first->last, recorded.last);
  EXPECT_EQ(first->hour_ms, 1796554800000);
  EXPECT_EQ(Gunzip(objects.begin()->second), Lines(0, 10));
  EXPECT_EQ(Shipped().size(), Lines(0, 15).size());
  // The same attempt twice puts the same bytes under the same key.
  std::vector<std::string> put_targets;
  for (const Received& r : s3_.received()) put_targets.push_back(r.target);
  EXPECT_EQ(put_targets[0], put_targets[1]);
}

TEST_F(S3SinkTest, ATruncatedFileStartsANewGenerationWithItsOwnKeys) {
  Append("a.log", Lines(0, 5));
  auto sink = S3Sink::Open(Options(1 << 20));
  ASSERT_TRUE(sink.has_value());
  (*sink)->RunRound(true);
  fs::resize_file(dir_ + "/logs/a.log", 0);
  Append("a.log", Lines(100, 2));
  (*sink)->RunRound(true);
  const auto objects = s3_.objects();
  ASSERT_EQ(objects.size(), 2u);
  std::set<std::string> sources;
  for (const auto& [key, body] : objects) {
    sources.insert(ParseObjectKey(Unescape(key), "node/a")->source_id);
  }
  EXPECT_EQ(sources.size(), 2u);
}

TEST_F(S3SinkTest, ARotatedFileIsDrainedUnderItsFirstPath) {
  Append("a.log", Lines(0, 3));
  auto o = Options(1 << 20);
  o.groups[0].globs = {dir_ + "/logs/a.log"};
  auto sink = S3Sink::Open(o);
  ASSERT_TRUE(sink.has_value());
  (*sink)->RunRound(false);  // opened, not cut
  Append("a.log", Lines(3, 2));
  fs::rename(dir_ + "/logs/a.log", dir_ + "/logs/a.log.1");
  Append("a.log", Lines(5, 1));
  (*sink)->RunRound(true);
  EXPECT_EQ(s3_.objects().size(), 2u);
  std::string all = Shipped();
  std::sort(all.begin(), all.end());
  std::string expected = Lines(0, 6);
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(all, expected);
}

TEST_F(S3SinkTest, ShipsPushedStreamsAndHoldsTheJournal) {
  daemon::PushJournalOptions jo;
  jo.dir = dir_ + "/journal";
  auto journal = daemon::PushJournal::Open(jo);
  ASSERT_TRUE(journal.has_value());
  auto append = [&](const std::string& group, const std::string& stream, const std::string& msg) {
    daemon::IngestBatch b;
    b.log_group = group;
    b.log_stream = stream;
    b.events.push_back({-1, msg});
    std::promise<Result<uint64_t>> p;
    auto f = p.get_future();
    (*journal)->Append(b, [&p](Result<uint64_t> seq) { p.set_value(std::move(seq)); });
    return *f.get();
  };
  append("app", "s1", "one");
  append("other", "s1", "not shipped");
  append("app", "s2", "two");
  append("app", "s1", "three");
  auto o = Options(1 << 20);
  o.journal = journal->get();
  auto sink = S3Sink::Open(o);
  ASSERT_TRUE(sink.has_value());
  (*sink)->RunRound(false);
  EXPECT_TRUE(s3_.objects().empty());
  EXPECT_EQ((*sink)->JournalHold(), 0u);  // record 1 is still needed
  (*sink)->RunRound(true);
  std::map<std::string, std::string> by_stream;
  for (const auto& [key, body] : s3_.objects()) {
    auto parts = ParseObjectKey(Unescape(key), "node/a");
    ASSERT_TRUE(parts.has_value());
    EXPECT_EQ(parts->source_id, "journal");
    by_stream[parts->log_stream] += Gunzip(body);
  }
  EXPECT_EQ(by_stream["s1"], "one\nthree\n");
  EXPECT_EQ(by_stream["s2"], "two\n");
  EXPECT_EQ(by_stream.size(), 2u);
  EXPECT_EQ((*sink)->JournalHold(), 4u);
  // Nothing is shipped twice after a restart.
  auto again = S3Sink::Open(o);
  ASSERT_TRUE(again.has_value());
  (*again)->RunRound(true);
  EXPECT_EQ(s3_.objects().size(), 2u);
}

TEST_F(S3SinkTest, LargeObjectsGoMultipart) {
  const std::string text = Lines(0, 200);
  Append("a.log", text);
  auto o = Options(1 << 20);
  o.config.multipart_threshold_bytes = 100;
  o.config.multipart_part_bytes = 200;  // S3 wants 5 MiB; the stand-in takes any size
  auto sink = S3Sink::Open(o);
  ASSERT_TRUE(sink.has_value());
  (*sink)->RunRound(true);
  EXPECT_EQ(Shipped(), text);
  int creates = 0, parts = 0, completes = 0;
  for (const Received& r : s3_.received()) {
    if (r.method == "POST" && r.target.ends_with("?uploads=")) ++creates;
    if (r.method == "PUT" && r.target.find("partNumber=") != std::string::npos) ++parts;
    if (r.method == "POST" && r.target.find("uploadId=up-1") != std::string::npos) {
      ++completes;
      EXPECT_NE(r.body.find("<ETag>\"etag-"), std::string::npos) << r.body;
    }
  }
  EXPECT_EQ(creates, 1);
  EXPECT_GT(parts, 1);
  EXPECT_EQ(completes, 1);
}

}  // namespace
}  // namespace tailwatch::sink
