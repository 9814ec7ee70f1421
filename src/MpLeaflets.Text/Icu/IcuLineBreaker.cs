using System.Runtime.InteropServices;
using System.Text;

namespace MpLeaflets.Text.Icu;

/// <summary>
/// One ICU line-break iterator (UAX #14 with the locale's rules and dictionaries). Opening one loads
/// rules and dictionaries, so <see cref="LineBreaks"/> keeps one per language per thread: an
/// iterator holds its text and position, so it must never be used by two threads at once.
/// </summary>
internal sealed unsafe class IcuLineBreaker : IDisposable
{
    private const int Line = 2;   // UBRK_LINE
    private const int Done = -1;  // UBRK_DONE

    /// <summary>A text of no characters that never moves: the iterator is pointed at it between uses,
    /// so it never keeps a pointer into a string the GC may move or free.</summary>
    private static readonly char* Nothing = (char*)NativeMemory.AllocZeroed(sizeof(char));

    private nint _iterator;

    public IcuLineBreaker(string language)
    {
        var locale = Canonical(language);
        var error = 0;
        fixed (byte* id = locale) { _iterator = IcuNative.F.ubrk_open(Line, id, Nothing, 0, &error); }
        IcuNative.Check(error, "ubrk_open");
    }

    /// <summary>Every boundary after the start of the text (the end of the text is the last), in order.</summary>
    public List<int> Boundaries(string text)
    {
        ObjectDisposedException.ThrowIf(_iterator == 0, this);
        var result = new List<int>();
        if (text.Length == 0) { return result; }

        var error = 0;
        fixed (char* t = text)
        {
            IcuNative.F.ubrk_setText(_iterator, t, text.Length, &error);
            IcuNative.Check(error, "ubrk_setText");
            for (var b = IcuNative.F.ubrk_first(_iterator); b != Done; b = IcuNative.F.ubrk_next(_iterator))
            {
                if (b > 0) { result.Add(b); }
            }
            IcuNative.F.ubrk_setText(_iterator, Nothing, 0, &error);
        }
        return result;
    }

    /// <summary>The locale ID as ICU canonicalizes it (uloc_canonicalize: "zh-Hans" → "zh_Hans"), as
    /// icu.net handed it to ubrk_open before, so the same rules are chosen.</summary>
    internal static byte[] Canonical(string language)
    {
        var id = Encoding.UTF8.GetBytes(language + "\0");
        var capacity = 160; // ULOC_FULLNAME_CAPACITY is 157
        while (true)
        {
            var buffer = new byte[capacity + 1];
            var error = 0;
            int length;
            fixed (byte* i = id)
            fixed (byte* b = buffer) { length = IcuNative.F.uloc_canonicalize(i, b, capacity, &error); }
            if (length > capacity) { capacity = length; continue; }
            IcuNative.Check(error, "uloc_canonicalize");
            // NUL-terminated for ubrk_open (the buffer has a spare zero byte past the capacity).
            return buffer.AsSpan(0, length + 1).ToArray();
        }
    }

    public void Dispose()
    {
        Close();
        GC.SuppressFinalize(this);
    }

    /// <summary>The per-thread cache never disposes its iterators: when a thread ends they are
    /// unreachable, and this closes them.</summary>
    ~IcuLineBreaker() => Close();

    private void Close()
    {
        if (_iterator == 0) { return; }
        IcuNative.F.ubrk_close(_iterator);
        _iterator = 0;
    }
}
