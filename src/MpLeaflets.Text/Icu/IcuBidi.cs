using System.Runtime.InteropServices;

namespace MpLeaflets.Text.Icu;

/// <summary>
/// One UBiDi object: a paragraph's levels, its visual map, its reordered text. ICU keeps pointers to
/// the text and to any given levels (and writes its resolved levels into the latter) for as long as
/// the object is used, so both are copied to native memory the GC cannot move, and freed with it.
/// Not shared between threads: each call of <see cref="Bidi"/> makes its own and disposes it with
/// <c>using</c>, so there is no finalizer (a paragraph makes several of these; none need the GC's help).
/// </summary>
internal sealed unsafe class IcuBidi : IDisposable
{
    /// <summary>ubidi_writeReordered's options (UBIDI_KEEP_BASE_COMBINING, UBIDI_DO_MIRRORING).</summary>
    public const ushort KeepBaseCombining = 1;
    public const ushort DoMirroring = 2;

    private nint _bidi;
    private char* _text;
    private byte* _levels;

    public IcuBidi()
    {
        _bidi = IcuNative.F.ubidi_open();
        if (_bidi == 0) { throw new OutOfMemoryException("ICU's ubidi_open returned no object."); }
    }

    /// <summary>ubidi_setPara: the algorithm on the text, with the paragraph level (or UBIDI_DEFAULT_LTR)
    /// and, if given, levels that replace the text's own (with UBIDI_LEVEL_OVERRIDE: forced).</summary>
    public void SetPara(string text, byte paragraphLevel, byte[]? embeddingLevels = null)
    {
        ObjectDisposedException.ThrowIf(_bidi == 0, this);
        Free();
        _text = (char*)NativeMemory.Alloc((nuint)Math.Max(1, text.Length), sizeof(char));
        text.AsSpan().CopyTo(new Span<char>(_text, text.Length));
        if (embeddingLevels is not null)
        {
            _levels = (byte*)NativeMemory.Alloc((nuint)Math.Max(1, embeddingLevels.Length));
            embeddingLevels.CopyTo(new Span<byte>(_levels, embeddingLevels.Length));
        }

        var error = 0;
        IcuNative.F.ubidi_setPara(_bidi, _text, text.Length, paragraphLevel, _levels, &error);
        IcuNative.Check(error, "ubidi_setPara");
    }

    /// <summary>The resolved level of each UTF-16 unit processed (ubidi_getLevels).</summary>
    public byte[] Levels()
    {
        var error = 0;
        var levels = IcuNative.F.ubidi_getLevels(_bidi, &error);
        IcuNative.Check(error, "ubidi_getLevels");
        return new ReadOnlySpan<byte>(levels, IcuNative.F.ubidi_getProcessedLength(_bidi)).ToArray();
    }

    /// <summary>The paragraph level, as given or as resolved from the text (P2, P3).</summary>
    public byte ParagraphLevel => IcuNative.F.ubidi_getParaLevel(_bidi);

    /// <summary>For each visual position, the logical index shown there (ubidi_getVisualMap).</summary>
    public int[] VisualMap()
    {
        var error = 0;
        var length = IcuNative.F.ubidi_getResultLength(_bidi, &error);
        IcuNative.Check(error, "ubidi_getResultLength");
        var map = new int[length];
        fixed (int* m = map) { IcuNative.F.ubidi_getVisualMap(_bidi, m, &error); }
        IcuNative.Check(error, "ubidi_getVisualMap");
        return map;
    }

    /// <summary>The text in visual order (ubidi_writeReordered with the given options).</summary>
    public string Reordered(ushort options)
    {
        const int BufferOverflow = 15; // U_BUFFER_OVERFLOW_ERROR: ICU said how much it needs.
        var capacity = Math.Max(1, IcuNative.F.ubidi_getProcessedLength(_bidi) * 2);
        while (true)
        {
            var buffer = new char[capacity];
            var error = 0;
            int length;
            fixed (char* b = buffer) { length = IcuNative.F.ubidi_writeReordered(_bidi, b, buffer.Length, options, &error); }
            if (error == BufferOverflow) { capacity = length; continue; }
            IcuNative.Check(error, "ubidi_writeReordered");
            return new string(buffer, 0, length);
        }
    }

    public void Dispose()
    {
        if (_bidi != 0)
        {
            IcuNative.F.ubidi_close(_bidi);
            _bidi = 0;
        }
        Free();
    }

    private void Free()
    {
        NativeMemory.Free(_text);
        NativeMemory.Free(_levels);
        _text = null;
        _levels = null;
    }
}
