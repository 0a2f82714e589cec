// The launcher's server.listen scanner against the configuration loader: on
// every text, what the scanner finds is what the loader reads, and where the
// two could disagree the scanner finds nothing.
#include "daemon/launcher/listen_in_config.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "config/config.h"

namespace tailwatch::launcher {
namespace {

std::optional<std::string> Scan(const std::string& text) {
  const char* value = nullptr;
  const char* value_end = nullptr;
  if (!FindListenInConfig(text.data(), text.size(), &value, &value_end)) return std::nullopt;
  return std::string(value, value_end);
}

// The text's server.listen as the daemon reads it; nullopt if it does not load.
std::optional<std::string> Load(const std::string& text) {
  auto result = config::LoadConfigString(text, "test.yaml");
  if (!result.ok()) return std::nullopt;
  return result.config->server.listen;
}

constexpr const char* kRest = "log_groups:\n  - name: app\n    files: [\"/tmp/x/*.log\"]\n";

TEST(ListenInConfigTest, FindsTheShapesConfigurationsAreWrittenIn) {
  const std::string cases[][2] = {
      {"server: {listen: \"127.0.0.1:9200\"}\n", "127.0.0.1:9200"},
      {"server: {listen: '127.0.0.1:9201', max_connections: 64}\n", "127.0.0.1:9201"},
      {"server: {max_connections: 64, listen: 127.0.0.1:9202}  # comment\n", "127.0.0.1:9202"},
      {"server:\n  listen: 127.0.0.1:9203\n", "127.0.0.1:9203"},
      {"server:\n  listen: \"127.0.0.1:9204\"   # the API\n  max_connections: 64\n",
       "127.0.0.1:9204"},
      {"# header\nserver:   # ours\n\n    max_connections: 64\n    # note\n    listen: "
       "localhost:9205\n",
       "localhost:9205"},
      {"server:\r\n  listen: 127.0.0.1:9206\r\n", "127.0.0.1:9206"},
  };
  for (const auto& [head, want] : cases) {
    for (const bool rest_first : {false, true}) {
      const std::string text = rest_first ? std::string(kRest) + head : head + std::string(kRest);
      SCOPED_TRACE(text);
      EXPECT_EQ(Scan(text), want);
      EXPECT_EQ(Load(text), want);
    }
  }
}

TEST(ListenInConfigTest, FindsNothingWhereItCouldBeWrong) {
  const std::string cases[] = {
      std::string(kRest),                                               // the default applies
      "server:\n  other:\n    listen: 127.0.0.1:1\n",                   // nested deeper
      "server:\n  listen:\n    127.0.0.1:9300\n",                       // value on the next line
      "server:\n  listen: &a 127.0.0.1:9301\n",                         // anchor
      "server:\n  listen: !!str 127.0.0.1:9302\n",                      // tag
      "server: &s\n  listen: 127.0.0.1:9303\n",                         // anchored mapping
      "server: {listen: 127.0.0.1:9304,\n  max_connections: 4}\n",      // flow over two lines
      "server:\n  listen: 127.0.0.1:9305\n  listen: 127.0.0.1:9306\n",  // twice
      "server:\n  listen: 127.0.0.1:9307\nserver:\n  listen: 127.0.0.1:9308\n",
      "server: {listen: \"127.0.0.1:\\u0039309\"}\n",                  // escapes
      "---\nserver:\n  listen: 127.0.0.1:9310\n",                      // document marker
      "server:\n\tlisten: 127.0.0.1:9311\n",                           // tab
      "server:\n    max_connections: 64\n  listen: 127.0.0.1:9312\n",  // bad indentation
      "server:\n  listen: |\n    127.0.0.1:9313\n",                    // block scalar
  };
  for (const std::string& head : cases) {
    const std::string text = head + (head == kRest ? "" : kRest);
    SCOPED_TRACE(text);
    EXPECT_EQ(Scan(text), std::nullopt);
  }
}

TEST(ListenInConfigTest, AgreesWithTheLoaderOnEveryCutOfAConfig) {
  // Every prefix of a real configuration, and every one with a byte
  // changed: whenever the scanner answers, the loader reads the same.
  const std::string text =
      "# tailwatch\nserver:\n  max_connections: 64   # cap\n  listen: \"127.0.0.1:9400\"\n"
      "state_dir: /tmp/tw-state\nlog_groups:\n  - name: app\n    files: [\"/tmp/x/*.log\"]\n";
  const std::string bytes = " :\"'#{}\n-&!|lx9";
  int answered = 0;
  for (size_t cut = 0; cut <= text.size(); ++cut) {
    std::string variants[1 + 16];
    variants[0] = text.substr(0, cut);
    for (size_t b = 0; b < bytes.size() && cut < text.size(); ++b) {
      variants[1 + b] = text;
      variants[1 + b][cut] = bytes[b];
    }
    for (const std::string& variant : variants) {
      if (variant.empty()) continue;
      const auto scanned = Scan(variant);
      if (!scanned) continue;
      ++answered;
      const auto loaded = Load(variant);
      if (!loaded) continue;  // the daemon would not start; nothing is adopted
      EXPECT_EQ(*scanned, *loaded) << variant;
    }
  }
  EXPECT_GT(answered, 100);
}

TEST(ListenInConfigTest, ParsesOnlyPlainIpv4AndLocalhost) {
  auto parse = [](const std::string& text) -> std::optional<std::pair<uint32_t, uint16_t>> {
    Ipv4Listen out;
    if (!ParseIpv4Listen(text.data(), text.data() + text.size(), &out)) return std::nullopt;
    return std::make_pair(out.address, out.port);
  };
  EXPECT_EQ(parse("127.0.0.1:9108"), std::make_pair(0x7f000001u, uint16_t{9108}));
  EXPECT_EQ(parse("localhost:80"), std::make_pair(0x7f000001u, uint16_t{80}));
  EXPECT_EQ(parse("0.0.0.0:65535"), std::make_pair(0u, uint16_t{65535}));
  EXPECT_EQ(parse("10.1.255.7:1"), std::make_pair(0x0a01ff07u, uint16_t{1}));
  for (const char* bad : {"127.0.0.1:0", "127.0.0.1:65536", "127.0.0.1", "127.0.0:1", "1.2.3.4.5:1",
                          "256.0.0.1:1", "01.2.3.4:1", "[::1]:9108", "host:9108", "127.0.0.1:9x",
                          ":9108", "127.0.0.1:", "127.0.0.1:99999999999"}) {
    EXPECT_EQ(parse(bad), std::nullopt) << bad;
  }
}

}  // namespace
}  // namespace tailwatch::launcher
