// JournalSource against real journal files, made from export-format entries
// by Debian's systemd-journal-remote (no journald needed). Each file it
// writes has its own seqnum_id, as a copied or remote journal would.
#include "daemon/source/journal_source.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "config/config.h"
#include "engine/match/filter_set.h"
#include "tests/daemon/source/tail_test_util.h"

namespace tailwatch::daemon {
namespace {

using testing::TempDir;

constexpr const char* kJournalRemote = "/lib/systemd/systemd-journal-remote";

struct Entry {
  uint64_t realtime_us;
  std::string unit;
  std::string message;
  int priority = 6;
  std::string identifier = "app";
  std::string transport = "stdout";
};

struct Recorded {
  std::string message;
  std::string stream;
  int64_t time_ms;
};

struct RecordingSink : SourceEventSink {
  void OnSourceEvent(const SourceEvent& e) override {
    events.push_back({std::string(e.message), std::string(e.stream), e.time_ms});
  }
  std::vector<std::string> Messages() const {
    std::vector<std::string> out;
    for (const Recorded& r : events) out.push_back(r.message);
    return out;
  }
  std::vector<Recorded> events;
};

class JournalSourceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (::access(kJournalRemote, X_OK) != 0) {
      GTEST_SKIP() << kJournalRemote << " missing (apt-get install systemd-journal-remote)";
    }
    std::filesystem::create_directory(dir_ / "journal");
    std::filesystem::create_directory(dir_ / "staging");
  }

  // Writes `entries` as one journal file (a new seqnum_id) and moves it into
  // the journal directory whole, as a copy would arrive.
  void AddJournalFile(const std::string& name, const std::vector<Entry>& entries) {
    const std::string export_path = dir_ / ("staging/" + name + ".export");
    const std::string staged = dir_ / ("staging/" + name + ".journal");
    WriteExport(export_path, entries);
    RunJournalRemote(staged, export_path);
    std::filesystem::rename(staged, dir_ / ("journal/" + name + ".journal"));
  }

  // Appends to a journal file in place (same seqnum_id, later seqnums).
  void AppendToJournalFile(const std::string& name, const std::vector<Entry>& entries) {
    const std::string export_path = dir_ / ("staging/" + name + ".more.export");
    WriteExport(export_path, entries);
    RunJournalRemote(dir_ / ("journal/" + name + ".journal"), export_path);
  }

  JournalSourceOptions Options(bool from_beginning = true) {
    JournalSourceOptions o;
    o.directory = dir_ / "journal";
    o.start_at_beginning = from_beginning;
    return o;
  }

  std::unique_ptr<JournalSource> Open(const JournalSourceOptions& o) {
    auto opened = JournalSource::Open(o);
    EXPECT_TRUE(opened.has_value()) << (opened ? "" : opened.error().message);
    return opened ? std::move(*opened) : nullptr;
  }

  static void Drain(JournalSource& source, RecordingSink& sink) {
    for (int i = 0; i < 1000 && source.Poll(sink, 1000); ++i) {
    }
  }

  TempDir dir_;

 private:
  static void WriteExport(const std::string& path, const std::vector<Entry>& entries) {
    std::ofstream out(path, std::ios::binary);
    for (const Entry& e : entries) {
      out << "__REALTIME_TIMESTAMP=" << e.realtime_us << "\n"
          << "__MONOTONIC_TIMESTAMP=" << e.realtime_us % 1000000000 << "\n"
          << "_BOOT_ID=0123456789abcdef0123456789abcdef\n"
          << "_TRANSPORT=" << e.transport << "\n";
      if (!e.unit.empty()) out << "_SYSTEMD_UNIT=" << e.unit << "\n";
      out << "SYSLOG_IDENTIFIER=" << e.identifier << "\n"
          << "PRIORITY=" << e.priority << "\n"
          << "MESSAGE=" << e.message << "\n\n";
    }
  }

  static void RunJournalRemote(const std::string& output, const std::string& input) {
    const std::string command =
        std::string(kJournalRemote) + " --output=" + output + " " + input + " >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
  }
};

constexpr uint64_t kT0 = 1700000000000000;  // µs

TEST_F(JournalSourceTest, DeliversMessagesWithUnitStreamAndRealtime) {
  AddJournalFile("a", {{kT0, "trainer.service", "step 1"},
                       {kT0 + 1000000, "other.service", "noise"},
                       {kT0 + 2000000, "", "from syslog", 6, "sshd"}});
  auto source = Open(Options());
  ASSERT_TRUE(source);
  RecordingSink sink;
  EXPECT_FALSE(source->Poll(sink, 100));
  ASSERT_EQ(sink.events.size(), 3u);
  EXPECT_EQ(sink.events[0].message, "step 1");
  EXPECT_EQ(sink.events[0].stream, "trainer.service");
  EXPECT_EQ(sink.events[0].time_ms, int64_t(kT0 / 1000));
  EXPECT_EQ(sink.events[2].stream, "sshd");
  EXPECT_EQ(source->counters().entries_read, 3u);
}

TEST_F(JournalSourceTest, UnitsIdentifiersMatchAndPriorityFilter) {
  AddJournalFile("a", {{kT0, "trainer.service", "t-info", 6},
                       {kT0 + 1, "trainer.service", "t-err", 3},
                       {kT0 + 2, "other.service", "o-err", 3},
                       {kT0 + 3, "", "k-err", 3, "kernel", "kernel"},
                       {kT0 + 4, "", "s-warn", 4, "sshd"}});
  {
    JournalSourceOptions o = Options();
    o.units = {"trainer.service"};
    o.identifiers = {"sshd"};
    RecordingSink sink;
    Open(o)->Poll(sink, 100);
    EXPECT_EQ(sink.Messages(), (std::vector<std::string>{"t-info", "t-err", "s-warn"}));
  }
  {
    JournalSourceOptions o = Options();
    o.units = {"trainer.service"};
    o.identifiers = {"sshd"};
    o.max_priority = 4;  // warning
    RecordingSink sink;
    Open(o)->Poll(sink, 100);
    EXPECT_EQ(sink.Messages(), (std::vector<std::string>{"t-err", "s-warn"}));
  }
  {
    JournalSourceOptions o = Options();
    o.match = {"_TRANSPORT=kernel"};
    RecordingSink sink;
    Open(o)->Poll(sink, 100);
    EXPECT_EQ(sink.Messages(), (std::vector<std::string>{"k-err"}));
  }
}

TEST_F(JournalSourceTest, StartAtEndSkipsHistoryButReadsFilesThatArriveLater) {
  AddJournalFile("old", {{kT0, "a.service", "history 1"}, {kT0 + 1, "a.service", "history 2"}});
  auto source = Open(Options(/*from_beginning=*/false));
  RecordingSink sink;
  source->Poll(sink, 100);
  EXPECT_TRUE(sink.events.empty());
  // A copied journal with entries older than the history: still new to us.
  AddJournalFile("late", {{kT0 - 5000000, "a.service", "older but new"}});
  AppendToJournalFile("old", {{kT0 + 2, "a.service", "appended"}});
  Drain(*source, sink);
  std::vector<std::string> got = sink.Messages();
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"appended", "older but new"}));
}

TEST_F(JournalSourceTest, ResumesFromItsPositionsExactlyOnce) {
  std::vector<Entry> first;
  for (int i = 0; i < 10; ++i)
    first.push_back({kT0 + i * 1000000ull, "a.service", "a" + std::to_string(i)});
  AddJournalFile("first", first);
  std::string saved;
  RecordingSink sink;
  {
    auto source = Open(Options());
    EXPECT_TRUE(source->Poll(sink, 4));  // stopped on its budget
    saved = source->Serialize();
  }
  ASSERT_EQ(sink.events.size(), 4u);
  // While "down": a journal file with entries older than any read, and more
  // entries appended to the first file.
  AddJournalFile("older",
                 {{kT0 - 3000000, "a.service", "old0"}, {kT0 - 2000000, "a.service", "old1"}});
  AppendToJournalFile("first", {{kT0 + 20000000, "a.service", "a10"}});
  {
    auto source = Open(Options(/*from_beginning=*/false));  // restored: start_at no longer applies
    ASSERT_TRUE(source->Restore(saved).has_value());
    Drain(*source, sink);
    EXPECT_EQ(source->counters().entries_skipped, 4u);
    saved = source->Serialize();
  }
  std::multiset<std::string> seen;
  for (const Recorded& r : sink.events) seen.insert(r.message);
  std::multiset<std::string> expected = {"old0", "old1", "a10"};
  for (int i = 0; i < 10; ++i) expected.insert("a" + std::to_string(i));
  EXPECT_EQ(seen, expected);
  // A third run with nothing new delivers nothing.
  auto source = Open(Options());
  ASSERT_TRUE(source->Restore(saved).has_value());
  RecordingSink none;
  Drain(*source, none);
  EXPECT_TRUE(none.events.empty());
}

TEST_F(JournalSourceTest, ADeletedJournalFileIsNoErrorAndOthersGoOn) {
  AddJournalFile("a", {{kT0, "a.service", "a0"}});
  AddJournalFile("b", {{kT0 + 1, "a.service", "b0"}});
  auto source = Open(Options());
  RecordingSink sink;
  source->Poll(sink, 100);
  std::filesystem::remove(dir_ / "journal/a.journal");  // vacuumed
  AddJournalFile("c", {{kT0 + 2, "a.service", "c0"}});
  Drain(*source, sink);
  EXPECT_EQ(sink.Messages(), (std::vector<std::string>{"a0", "b0", "c0"}));
  EXPECT_EQ(source->counters().read_errors, 0u);
  // The deleted file's seqnum_id is forgotten; the others stay.
  auto positions = JournalPositions::Parse(source->Serialize());
  ASSERT_TRUE(positions.has_value());
  EXPECT_EQ(positions->series().size(), 2u);
}

class DimensionSink : public engine::SampleSink {
 public:
  void OnFilterMatch(size_t) override {}
  void OnSample(const engine::MetricSample& s) override {
    for (std::string_view d : s.dimension_values) dimensions.emplace_back(d);
  }
  void OnDrop(size_t, engine::DropReason) override {}
  std::vector<std::string> dimensions;
};

TEST_F(JournalSourceTest, ChosenFieldsMakeJsonEventsWhoseFieldsAreDimensions) {
  AddJournalFile("a", {{kT0, "a.service", "say \"hi\"", 3}, {kT0 + 1, "", "no unit", 6, "cron"}});
  JournalSourceOptions o = Options();
  o.fields = {"_SYSTEMD_UNIT", "PRIORITY", "_HOSTNAME"};  // no entry has _HOSTNAME
  RecordingSink sink;
  Open(o)->Poll(sink, 100);
  EXPECT_EQ(sink.Messages(),
            (std::vector<std::string>{
                R"({"MESSAGE":"say \"hi\"","_SYSTEMD_UNIT":"a.service","PRIORITY":"3"})",
                R"({"MESSAGE":"no unit","PRIORITY":"6"})"}));
  // The way JSON fields are: a JSON pattern and a `$.FIELD` dimension.
  const config::LoadResult loaded = config::LoadConfigString(
      "log_groups: [{name: j, journal: {fields: [_SYSTEMD_UNIT]}}]\n"
      "metric_filters:\n"
      "  - name: byUnit\n"
      "    log_group: j\n"
      "    pattern: '{ $.MESSAGE = \"*hi*\" }'\n"
      "    metric_transformation: {name: Hi, namespace: J, value: '1', dimensions: {Unit: "
      "$._SYSTEMD_UNIT}}\n",
      "test.yaml");
  ASSERT_TRUE(loaded.ok()) << loaded.FormatDiagnostics();
  auto set = engine::FilterSet::Compile(loaded.config->metric_filters);
  ASSERT_TRUE(set.has_value()) << set.error().message;
  engine::EventContext ctx;
  DimensionSink samples;
  for (const std::string& event : sink.Messages()) set->Process(event, ctx, samples);
  EXPECT_EQ(samples.dimensions, std::vector<std::string>{"a.service"});
}

TEST_F(JournalSourceTest, AMissingDirectoryIsAnErrorValue) {
  JournalSourceOptions o = Options();
  o.directory = dir_ / "nope";
  auto opened = JournalSource::Open(o);
  if (opened) {
    // sd-journal may open an empty set of files: then it reads nothing.
    RecordingSink sink;
    EXPECT_FALSE((*opened)->Poll(sink, 10));
    EXPECT_TRUE(sink.events.empty());
  }
}

}  // namespace
}  // namespace tailwatch::daemon
