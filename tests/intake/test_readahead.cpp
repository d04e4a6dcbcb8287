// The reading thread of an import (ReadAhead): the same records as reading
// the file directly, in order, with their lines, bytes and problems; long
// records among short ones; a reader given up half-way stops; what it holds
// stays within its budget; an exception on the reading thread reaches the
// import.
#include "intake/readahead.h"
#include "intake/recordsource.h"
#include "intakefixture.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QThread>
#include <atomic>
#include <stdexcept>

using namespace ab;
using namespace ab::intake;
using namespace ab::test;

namespace {

// 3,000 lines: mostly short, every 500th one of 300 KB (longer than a slot
// keeps buffers for and than a batch's bytes), every 7th malformed.
QByteArray lines()
{
    QByteArray bytes;
    for (int i = 0; i < 3000; ++i) {
        if (i % 7 == 3) {
            bytes += "{\"type\":\"provider\",\"id\":\"P-" + QByteArray::number(i) + "\",\n";
            continue;
        }
        const QByteArray name = i % 500 == 0 ? QByteArray(300 << 10, 'x') : QByteArray::number(i);
        bytes += "{\"type\":\"provider\",\"id\":\"P-" + QByteArray::number(i) + "\",\"name\":\"" +
                 name + "\"}\r\n";
    }
    return bytes;
}

std::unique_ptr<RecordSource> open(QBuffer &buffer)
{
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    auto source = RecordSource::open(&buffer, FileFormat::JsonLines, QStringLiteral("x.jsonl"),
                                     QStringLiteral("x.jsonl"));
    AB_REQUIRE_OK(source);
    return std::move(*source);
}

QString describe(const SourceRecord &r)
{
    QStringList fields;
    for (int i = 0; i < r.fields.size(); ++i)
        fields << QString::fromUtf8(r.fields.at(i).name + '=' + r.fields.at(i).text.left(40) + '/' +
                                    QByteArray::number(r.fields.at(i).text.size()));
    QStringList problems;
    for (const Error &e : r.problems)
        problems << e.message;
    return QStringLiteral("%1 @%2+%3 raw %4 [%5] {%6}")
        .arg(r.line)
        .arg(r.offset)
        .arg(r.length)
        .arg(QString::fromUtf8(r.raw.left(30)) + QString::number(r.raw.size()), fields.join(u','),
             problems.join(u';'));
}

// Records that are only numbers (no bytes behind them), counted as they are
// read; the n-th throws when asked to.
class CountingSource : public RecordSource
{
public:
    CountingSource(QIODevice *device, qint64 recordBytes, int throwAt = 0)
        : RecordSource(device, FileFormat::JsonLines, QStringLiteral("stub.jsonl")),
          m_bytes(recordBytes), m_throwAt(throwAt)
    {}
    bool next(SourceRecord &record) override
    {
        const int n = ++read;
        if (n == m_throwAt)
            throw std::runtime_error("stub failure");
        if (n > 1000)
            return false;
        record.line = n;
        record.offset = (n - 1) * m_bytes;
        record.length = m_bytes;
        return true;
    }
    std::atomic<int> read{0};

private:
    qint64 m_bytes;
    int m_throwAt;
};

// Waits until the reading thread has read all it will (its count stays the
// same for a while), so that an upper bound on the count means something.
int settled(const std::atomic<int> &count)
{
    QElapsedTimer total, still;
    total.start();
    still.start();
    int last = count;
    while (still.elapsed() < 1000 && total.elapsed() < 20000) {
        QThread::msleep(20);
        if (count != last) {
            last = count;
            still.restart();
        }
    }
    return last;
}

} // namespace

TEST_CASE("records read ahead on a thread are the file's records, in order")
{
    QByteArray bytes = lines();
    QBuffer direct(&bytes), ahead(&bytes);
    auto a = open(direct);
    auto b = open(ahead);

    QStringList expected;
    SourceRecord r;
    while (a->next(r))
        expected << describe(r);
    REQUIRE(expected.size() == 3000);

    QStringList got;
    {
        ReadAhead reader(*b);
        SourceRecord s;
        qint64 position = 0;
        while (reader.next(s)) {
            got << describe(s);
            CHECK(reader.position() == s.offset + s.length);
            CHECK(reader.position() > position);
            position = reader.position();
        }
        CHECK(position == bytes.size());
        CHECK_FALSE(reader.next(s)); // the end stays the end
    }
    CHECK(got == expected);
    // The source is whole again: its hash covers every byte.
    CHECK_FALSE(b->readFailed());
    CHECK(b->sha256Hex() == a->sha256Hex());
}

TEST_CASE("a reader given up half-way stops its thread")
{
    QByteArray bytes = lines();
    for (int stopAfter : {0, 1, 200, 2999}) {
        QBuffer buffer(&bytes);
        auto source = open(buffer);
        ReadAhead reader(*source);
        SourceRecord s;
        for (int i = 0; i < stopAfter; ++i)
            REQUIRE(reader.next(s));
        if (stopAfter > 0)
            CHECK(s.line == stopAfter);
        // Leaving the scope joins the thread; a hang here fails by timeout.
    }
}

TEST_CASE("long records are read ahead within the budget, not three batches of them")
{
    QByteArray none;
    QBuffer device(&none);
    REQUIRE(device.open(QIODevice::ReadOnly));
    CountingSource source(&device, 3 << 20); // 3 MB each: a batch of one
    ReadAhead reader(source);
    SourceRecord r;
    REQUIRE(reader.next(r));
    CHECK(r.line == 1);
    // The one handed out, one waiting (3 MB: a second would pass the 4 MB
    // budget) and the one read for the next batch, which then waits.
    CHECK(settled(source.read) <= 3);
    int n = 1;
    while (reader.next(r))
        CHECK(r.line == ++n);
    CHECK(n == 1000);
}

TEST_CASE("an exception on the reading thread is thrown to the reader of the records")
{
    QByteArray none;
    QBuffer device(&none);
    REQUIRE(device.open(QIODevice::ReadOnly));
    CountingSource source(&device, 100, 300);
    ReadAhead reader(source);
    SourceRecord r;
    int n = 0;
    CHECK_THROWS_AS(
        [&] {
            while (reader.next(r))
                ++n;
        }(),
        std::runtime_error);
    // The two whole batches of 128 made before it; the records of the batch
    // it broke off go with it (the import stops).
    CHECK(n == 256);
    CHECK_FALSE(reader.next(r));
}
