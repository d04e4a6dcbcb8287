#pragma once

#include "recordsource.h"

namespace ab::intake {

// JSON Lines: one object per line, UTF-8 as RFC 8259 requires (--encoding
// is for CSV). Blank lines are skipped; a UTF-8 BOM at the start is allowed;
// lines may end in LF or CRLF; the last line may lack its line break.
class JsonlSource : public RecordSource
{
public:
    JsonlSource(QIODevice *device, QString displayName);
    void start();
    bool next(SourceRecord &record) override;

private:
    int m_line = 0;
};

} // namespace ab::intake
