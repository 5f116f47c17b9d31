#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace rapport::demo {

// A small deterministic generator (SplitMix64): the same seed gives the same data on every platform,
// which std:: distributions do not promise.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next();
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return static_cast<double>(next() % 1'000'000) < p * 1'000'000.0; }
    template <typename T>
    const T& pick(const std::vector<T>& items) { return items[static_cast<size_t>(below(static_cast<int>(items.size())))]; }

private:
    std::uint64_t m_state;
};

struct Romanized
{
    QString hanzi;
    QString pinyin;
};

// Name and text pools for demo customers of a small business that sells to both English- and Chinese-speaking
// customers. Kept apart from the generator so the generator reads as the story of the data.
struct DemoPools
{
    std::vector<QString> firstNames;
    std::vector<QString> lastNames;
    std::vector<Romanized> chineseSurnames;
    std::vector<Romanized> chineseGivenNames;
    std::vector<QString> companyWords;
    std::vector<QString> companySuffixes;
    std::vector<QString> chineseCompanyWords;
    std::vector<QString> chineseCompanySuffixes;
    std::vector<QString> cities;
    std::vector<QString> chineseCities;
    std::vector<QString> streets;
    std::vector<QString> jobTitles;
    std::vector<QString> chineseJobTitles;
    std::vector<QString> sources;
    std::vector<QString> tags;
    std::vector<QString> products;
    std::vector<QString> chineseProducts;
    std::vector<QString> lostReasons;
    std::vector<QString> ticketSubjects;
    std::vector<QString> chineseTicketSubjects;
    std::vector<QString> callSummaries;
    std::vector<QString> chineseCallSummaries;
    std::vector<QString> taskTitles;

    static const DemoPools& instance();
};

} // namespace rapport::demo
