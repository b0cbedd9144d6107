#pragma once

#include <QByteArrayView>
#include <QString>

// An RFC 8259 JSON text checker for the fuzz targets' oracles: what jq or Python's json module
// accept. QJsonDocument is more lenient (raw control characters and unknown escapes in strings,
// numbers like "1." or ".5"), so it cannot tell whether an export is valid JSON.
class StrictJson
{
public:
    static bool isValid(QByteArrayView text)
    {
        // Strings must be UTF-8: a valid sequence survives the round trip through UTF-16 unchanged.
        if (QString::fromUtf8(text).toUtf8() != text)
            return false;
        StrictJson parser(text);
        parser.skipSpace();
        if (!parser.value(0))
            return false;
        parser.skipSpace();
        return parser.m_pos == text.size();
    }

private:
    explicit StrictJson(QByteArrayView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    bool take(char c)
    {
        if (atEnd() || m_text[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    bool digits()
    {
        const qsizetype start = m_pos;
        while (isDigit(peek()))
            ++m_pos;
        return m_pos > start;
    }
    void skipSpace()
    {
        while (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')
            ++m_pos;
    }
    bool literal(QByteArrayView word)
    {
        if (!m_text.sliced(m_pos).startsWith(word))
            return false;
        m_pos += word.size();
        return true;
    }

    bool value(int depth)
    {
        if (depth > 2048)
            return false;
        switch (peek()) {
        case '{':
            return container('}', depth, true);
        case '[':
            return container(']', depth, false);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool container(char close, int depth, bool members)
    {
        ++m_pos;
        skipSpace();
        if (take(close))
            return true;
        do {
            skipSpace();
            if (members) {
                if (!string())
                    return false;
                skipSpace();
                if (!take(':'))
                    return false;
                skipSpace();
            }
            if (!value(depth + 1))
                return false;
            skipSpace();
        } while (take(','));
        return take(close);
    }

    bool string()
    {
        if (!take('"'))
            return false;
        while (!atEnd()) {
            const auto c = static_cast<unsigned char>(m_text[m_pos++]);
            if (c == '"')
                return true;
            if (c < 0x20)
                return false;
            if (c != '\\')
                continue;
            const char escape = peek();
            ++m_pos;
            if (escape == 'u') {
                for (int i = 0; i < 4; ++i, ++m_pos) {
                    if (!isDigit(peek()) && !(peek() >= 'a' && peek() <= 'f') &&
                        !(peek() >= 'A' && peek() <= 'F'))
                        return false;
                }
            } else if (escape == '\0' || !QByteArrayView("\"\\/bfnrt").contains(escape)) {
                return false;
            }
        }
        return false;
    }

    bool number()
    {
        take('-');
        if (!take('0') && !digits())
            return false;
        if (take('.') && !digits())
            return false;
        if (take('e') || take('E')) {
            if (!take('+'))
                take('-');
            if (!digits())
                return false;
        }
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};
