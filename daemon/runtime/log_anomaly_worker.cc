#include "daemon/runtime/log_anomaly_worker.h"

#include <utility>

namespace tailwatch::daemon {

void LogAnomalyWorker::Batch::Clear() {
  sequence = 0;
  bytes.clear();
  groups.clear();
  items.clear();
  call = nullptr;
}

LogAnomalyWorker::LogAnomalyWorker(std::unique_ptr<LogAnomalyRuntime> runtime,
                                   std::function<void()> on_update)
    : runtime_(std::move(runtime)), on_update_(std::move(on_update)) {
  watched_ = runtime_->WatchedGroups();
  RebuildViews();
  thread_ = std::thread([this] { Run(); });
}

LogAnomalyWorker::~LogAnomalyWorker() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  work_ready_.notify_all();
  thread_.join();
}

bool LogAnomalyWorker::Watches(std::string_view log_group) const {
  // A handful of groups at most: a scan, and no key to allocate.
  for (const std::string& group : watched_) {
    if (group == log_group) return true;
  }
  return false;
}

void LogAnomalyWorker::Append(ItemKind kind, std::string_view group, std::string_view bytes,
                              int64_t time_ms) {
  if (pending_.groups.empty() || pending_.groups.back() != group) {
    pending_.groups.emplace_back(group);
  }
  const size_t offset = pending_.bytes.size();
  pending_.bytes.append(bytes);
  pending_.items.push_back(
      {kind, static_cast<uint32_t>(pending_.groups.size() - 1), offset, bytes.size(), time_ms});
  if (pending_.bytes.size() >= kBatchBytes) Flush();
}

void LogAnomalyWorker::ObserveRecords(std::string_view log_group, std::string_view records,
                                      int64_t time_ms) {
  if (!Watches(log_group) || records.empty()) return;
  Append(ItemKind::kRecords, log_group, records, time_ms);
}

void LogAnomalyWorker::ObserveEvent(std::string_view log_group, std::string_view message,
                                    int64_t time_ms) {
  if (!Watches(log_group) || message.empty()) return;
  Append(ItemKind::kEvent, log_group, message, time_ms);
}

void LogAnomalyWorker::Advance(int64_t now_ms) {
  pending_.items.push_back({ItemKind::kAdvance, 0, 0, 0, now_ms});
  Flush();
}

void LogAnomalyWorker::Flush() {
  if (pending_.items.empty()) return;
  std::unique_lock<std::mutex> lock(mutex_);
  HandOver(lock);
}

// With the lock held: queues the pending batch (waiting while too much is
// queued) and starts a new one from a spare.
void LogAnomalyWorker::HandOver(std::unique_lock<std::mutex>& lock) {
  work_done_.wait(lock, [this] { return queued_bytes_ < kMaxQueuedBytes || stop_; });
  pending_.sequence = ++handed_over_;
  queued_bytes_ += pending_.bytes.size();
  queue_.push_back(std::move(pending_));
  if (!spare_.empty()) {
    pending_ = std::move(spare_.back());
    spare_.pop_back();
  } else {
    pending_ = Batch();
  }
  work_ready_.notify_one();
}

void LogAnomalyWorker::Call(std::function<void(LogAnomalyRuntime&)> call) {
  std::unique_lock<std::mutex> lock(mutex_);
  pending_.items.push_back({ItemKind::kCall, 0, 0, 0, 0});
  pending_.call = std::move(call);
  HandOver(lock);
  const uint64_t sequence = handed_over_;
  work_done_.wait(lock, [&] { return processed_ >= sequence || stop_; });
}

void LogAnomalyWorker::Drain() {
  Call([](LogAnomalyRuntime&) {});
}

std::string LogAnomalyWorker::Serialize() {
  std::string bytes;
  Call([&bytes](LogAnomalyRuntime& runtime) { bytes = runtime.Serialize(); });
  return bytes;
}

Status LogAnomalyWorker::Restore(std::string_view bytes) {
  Status status = OkStatus();
  Call([&](LogAnomalyRuntime& runtime) { status = runtime.Restore(bytes); });
  return status;
}

void LogAnomalyWorker::Replace(const std::vector<config::LogAnomalyDetectorConfig>& detectors,
                               std::string_view region, std::string_view account_id) {
  std::vector<std::string> watched;
  Call([&](LogAnomalyRuntime& runtime) {
    runtime_ = std::make_unique<LogAnomalyRuntime>(detectors, region, account_id, &runtime);
    watched = runtime_->WatchedGroups();
  });
  watched_ = std::move(watched);
}

void LogAnomalyWorker::TakeRaised(std::vector<RaisedLogAnomaly>& out) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (RaisedLogAnomaly& r : raised_) out.push_back(std::move(r));
  raised_.clear();
}

std::shared_ptr<const LogAnomalyViews> LogAnomalyWorker::views() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return views_;
}

void LogAnomalyWorker::Run() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (true) {
    work_ready_.wait(lock, [this] { return stop_ || !queue_.empty(); });
    if (stop_) break;
    Batch batch = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    Process(batch);
    lock.lock();
    queued_bytes_ -= batch.bytes.size();
    processed_ = batch.sequence;
    batch.Clear();
    if (spare_.size() < 4) spare_.push_back(std::move(batch));
    work_done_.notify_all();
  }
  // The strand may be waiting on a call or on room in the queue.
  work_done_.notify_all();
}

void LogAnomalyWorker::Process(Batch& batch) {
  bool views_changed = false;
  for (const Item& item : batch.items) {
    const std::string_view bytes = std::string_view(batch.bytes).substr(item.offset, item.size);
    switch (item.kind) {
      case ItemKind::kRecords:
        runtime_->ObserveRecords(batch.groups[item.group], bytes, item.time_ms, mined_);
        break;
      case ItemKind::kEvent:
        runtime_->ObserveEvent(batch.groups[item.group], bytes, item.time_ms, mined_);
        break;
      case ItemKind::kAdvance:
        runtime_->Advance(item.time_ms, mined_);
        views_changed = true;
        break;
      case ItemKind::kCall:
        batch.call(*runtime_);
        views_changed = true;
        break;
    }
  }
  if (mined_.empty() && !views_changed) return;
  for (RaisedLogAnomaly& r : mined_) r.entry = runtime_->AnomalyJson(r.detector, r.anomaly);
  const bool raised = !mined_.empty();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (RaisedLogAnomaly& r : mined_) raised_.push_back(std::move(r));
  }
  mined_.clear();
  RebuildViews();
  if (on_update_ && (raised || views_changed)) on_update_();
}

void LogAnomalyWorker::RebuildViews() {
  auto next = std::make_shared<LogAnomalyViews>();
  next->anomalies_json = std::make_shared<const std::string>(runtime_->AnomaliesJson());
  next->patterns_json = std::make_shared<const std::unordered_map<std::string, std::string>>(
      runtime_->PatternsJsonByGroup(kTopPatterns));
  next->log_patterns = std::make_shared<const std::vector<std::pair<std::string, double>>>(
      runtime_->PatternCounts());
  std::lock_guard<std::mutex> lock(mutex_);
  next->version = views_ ? views_->version + 1 : 1;
  views_ = std::move(next);
}

}  // namespace tailwatch::daemon
