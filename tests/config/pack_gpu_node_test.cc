// The GPU-node pack (config/packs/gpu-node.yaml): its filters on kernel lines
// in the formats the NVIDIA driver, EDAC, the thermal code and the OOM killer
// print, and lines that must not fire; the embedded default with the pack.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "config/config.h"
#include "engine/match/filter_set.h"

namespace tailwatch::config {
namespace {

class MetricSink : public engine::SampleSink {
 public:
  explicit MetricSink(const engine::FilterSet& set) : set_(set) {}
  void OnFilterMatch(size_t) override {}
  void OnSample(const engine::MetricSample& s) override {
    std::string key = set_.spec(s.filter_index).transformation.metric_name;
    for (std::string_view d : s.dimension_values) key += "[" + std::string(d) + "]";
    keys.insert(key);
  }
  void OnDrop(size_t, engine::DropReason) override {}
  std::set<std::string> keys;

 private:
  const engine::FilterSet& set_;
};

class GpuNodePackTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    LoadResult loaded =
        LoadConfigFile(std::string(TAILWATCH_SOURCE_DIR) + "/config/packs/gpu-node.yaml");
    ASSERT_TRUE(loaded.ok()) << loaded.FormatDiagnostics();
    ASSERT_EQ(loaded.config->log_groups.size(), 1u);
    EXPECT_TRUE(loaded.config->log_groups[0].kernel);
    EXPECT_FALSE(loaded.config->log_groups[0].start_at_beginning);
    auto set = engine::FilterSet::Compile(loaded.config->metric_filters);
    ASSERT_TRUE(set.has_value()) << set.error().message;
    set_ = new engine::FilterSet(std::move(*set));
  }
  static void TearDownTestSuite() {
    delete set_;
    set_ = nullptr;
  }
  static std::set<std::string> Run(std::string_view line) {
    engine::EventContext ctx;
    MetricSink sink(*set_);
    set_->Process(line, ctx, sink);
    return sink.keys;
  }
  static inline engine::FilterSet* set_ = nullptr;
};

TEST_F(GpuNodePackTest, XidFallenOffTheBus) {
  EXPECT_EQ(Run("NVRM: Xid (PCI:0000:3b:00): 79, pid=2211, name=python, GPU has fallen off the "
                "bus."),
            (std::set<std::string>{"GpuXidErrors", "GpuXidError[Xid][79][0000:3b:00]",
                                   "GpuFallenOffBus"}));
}

TEST_F(GpuNodePackTest, EccDoubleBitAndRowRemapping) {
  EXPECT_EQ(Run("NVRM: Xid (PCI:0000:86:00): 48, pid=1793, name=python3, An uncorrectable double "
                "bit error (DBE) has been detected on GPU in the framebuffer at partition 6."),
            (std::set<std::string>{"GpuXidErrors", "GpuXidError[Xid][48][0000:86:00]",
                                   "EccUncorrectable"}));
  EXPECT_EQ(Run("NVRM: Xid (PCI:0000:86:00): 63, pid='<unknown>', name=<unknown>, Row Remapper: "
                "New row marked for remapping, reset gpu to activate."),
            (std::set<std::string>{"GpuXidErrors", "GpuXidError[Xid][63][0000:86:00]",
                                   "EccUncorrectable"}));
  EXPECT_EQ(Run("EDAC MC0: 1 UE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0"),
            (std::set<std::string>{"EccUncorrectable"}));
}

TEST_F(GpuNodePackTest, NvlinkAndNvswitch) {
  EXPECT_EQ(
      Run("NVRM: Xid (PCI:0000:c8:00): 74, pid=1234, name=python, NVLink: fatal error "
          "detected on link 5(0x0, 0x0, 0x10000, 0x0, 0x0, 0x0, 0x0)"),
      (std::set<std::string>{"GpuXidErrors", "GpuXidError[Xid][74][0000:c8:00]", "NvlinkErrors"}));
  EXPECT_EQ(Run("nvidia-nvswitch3: SXid (PCI:0000:05:00.0): 12028, Non-fatal, Link 32 egress "
                "non-posted PRIV error"),
            (std::set<std::string>{"NvlinkErrors"}));
}

TEST_F(GpuNodePackTest, ThermalAndOomKiller) {
  EXPECT_EQ(Run("CPU12: Core temperature above threshold, cpu clock throttled (total events = 1)"),
            (std::set<std::string>{"ThermalEvents"}));
  EXPECT_EQ(Run("thermal thermal_zone0: critical temperature reached (105 C), shutting down"),
            (std::set<std::string>{"ThermalEvents"}));
  EXPECT_EQ(Run("Out of memory: Killed process 4242 (python) total-vm:94371840kB, "
                "anon-rss:81234567kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:180000kB "
                "oom_score_adj:0"),
            (std::set<std::string>{"OomKills", "OomKill[python]"}));
  EXPECT_EQ(Run("Memory cgroup out of memory: Killed process 999 (pt_main_thread) "
                "total-vm:1kB"),
            (std::set<std::string>{"OomKills", "OomKill[pt_main_thread]"}));
}

TEST_F(GpuNodePackTest, OrdinaryKernelLinesDoNotFire) {
  for (const char* line : {
           "NVRM: loading NVIDIA UNIX x86_64 Kernel Module  535.129.03",
           "nvidia-nvlink: Nvlink Core is being initialized, major device number 510",
           "EDAC MC0: Giving out device to module skx_edac controller Skylake Socket#0 IMC#0",
           "EDAC MC0: 1 CE memory read error on CPU_SrcID#0 (corrected)",
           "x86/split lock detection: #DB: warning on user-space bus_locks",
           "oom_reaper: reaped process 4242 (python), now anon-rss:0kB",
           "CPU12: Core temperature/speed normal",
       }) {
    EXPECT_TRUE(Run(line).empty()) << line;
  }
}

TEST(EmbeddedDefaultTest, TheGpuNodePackJoinsWhenAsked) {
  const LoadResult plain = LoadEmbeddedDefault();
  ASSERT_TRUE(plain.ok()) << plain.FormatDiagnostics();
  const LoadResult with = LoadEmbeddedDefault({"packs/gpu-node.yaml"});
  ASSERT_TRUE(with.ok()) << with.FormatDiagnostics();
  EXPECT_EQ(with.config->log_groups.size(), plain.config->log_groups.size() + 1);
  EXPECT_EQ(with.config->log_groups.back().name, "gpuNode");
  EXPECT_GT(with.config->alarms.size(), plain.config->alarms.size());
  EXPECT_FALSE(LoadEmbeddedDefault({"packs/nope.yaml"}).ok());
}

}  // namespace
}  // namespace tailwatch::config
