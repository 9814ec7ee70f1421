using System.Globalization;
using System.Text;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// A growing byte buffer with the PDF lexical forms we write (ISO 32000-1 §7.3): numbers with at
/// most three decimals and no exponent, names with # escapes, literal and hex strings. Everything
/// is ASCII; text strings are written as UTF-16BE hex with a byte order mark (§7.9.2.2).
/// </summary>
internal sealed class PdfBuffer
{
    private byte[] _bytes = new byte[4096];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    public PdfBuffer Raw(string ascii)
    {
        Ensure(ascii.Length);
        for (var i = 0; i < ascii.Length; i++)
        {
            _bytes[Length++] = (byte)ascii[i];
        }

        return this;
    }

    public PdfBuffer Raw(char c)
    {
        Ensure(1);
        _bytes[Length++] = (byte)c;
        return this;
    }

    public PdfBuffer Bytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
        return this;
    }

    /// <summary>A real number (§7.3.3): rounded to 1/1000 (or <paramref name="decimals"/>), trailing zeros dropped.</summary>
    public PdfBuffer Num(double value, int decimals = 3)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return Raw('0');
        }

        if (decimals == 3 && Math.Abs(rounded) < 1e12)
        {
            // The common case without a format string: integer part, then up to three digits.
            var thousandths = (long)Math.Round(rounded * 1000);
            if (thousandths < 0) { Raw('-'); thousandths = -thousandths; }
            Int(thousandths / 1000);
            var fraction = (int)(thousandths % 1000);
            if (fraction != 0)
            {
                Raw('.');
                var digits = fraction % 100 == 0 ? 1 : fraction % 10 == 0 ? 2 : 3;
                for (int d = 0, div = 100; d < digits; d++, div /= 10) { Raw((char)('0' + (fraction / div % 10))); }
            }

            return this;
        }

        Span<char> chars = stackalloc char[32];
        rounded.TryFormat(chars, out var n, decimals == 3 ? "0.###" : "0.##########", CultureInfo.InvariantCulture);
        Ensure(n);
        for (var i = 0; i < n; i++)
        {
            _bytes[Length++] = (byte)chars[i];
        }

        return this;
    }

    public PdfBuffer Int(long value)
    {
        if (value < 0) { Raw('-'); value = -value; }
        Span<byte> digits = stackalloc byte[20];
        var n = 0;
        do { digits[n++] = (byte)('0' + (value % 10)); value /= 10; } while (value > 0);
        Ensure(n);
        while (n > 0) { _bytes[Length++] = digits[--n]; }
        return this;
    }

    /// <summary>A name (§7.3.5): bytes outside ! … ~ and the delimiters as #XX.</summary>
    public PdfBuffer Name(string name)
    {
        Raw('/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is < 0x21 or > 0x7E or (byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
                or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%')
            {
                Raw('#').Raw(b.ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                Raw((char)b);
            }
        }

        return this;
    }

    /// <summary>A text string (§7.9.2.2): ASCII as a literal string, anything else as UTF-16BE hex with a BOM.</summary>
    public PdfBuffer Text(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            Raw('(');
            foreach (var c in text)
            {
                if (c is '(' or ')' or '\\') { Raw('\\'); }
                Raw(c);
            }

            return Raw(')');
        }

        Raw("<FEFF");
        foreach (var c in text)
        {
            Raw(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return Raw('>');
    }

    /// <summary>A byte string in hex (§7.3.4.3).</summary>
    public PdfBuffer Hex(ReadOnlySpan<byte> bytes)
    {
        Raw('<');
        foreach (var b in bytes)
        {
            Raw(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return Raw('>');
    }

    /// <summary>Four hex digits of a 2-byte code, without the brackets.</summary>
    public PdfBuffer Hex4(ushort value)
    {
        Ensure(4);
        for (var shift = 12; shift >= 0; shift -= 4)
        {
            _bytes[Length++] = (byte)"0123456789ABCDEF"[(value >> shift) & 0xF];
        }

        return this;
    }

    public PdfBuffer Ref(int objectNumber) => Int(objectNumber).Raw(" 0 R");

    public byte[] ToArray() => Span.ToArray();

    private void Ensure(int more)
    {
        if (Length + more > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + more));
        }
    }
}
