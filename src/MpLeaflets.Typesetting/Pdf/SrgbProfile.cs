using System.Buffers.Binary;
using System.Text;

namespace MpLeaflets.Typesetting.Pdf;

/// <summary>
/// An sRGB ICC profile (ICC.1:2001-04, version 2.1, display class), made here rather than shipped:
/// the IEC 61966-2.1 primaries adapted to D50 (as in the profiles that the ICC and colour libraries
/// publish), the sRGB tone curve as a 1024-entry table, D65 media white. PDF/A's output intent
/// (ISO 19005-2 §6.2.3) needs one; all our content is black on white, so it only identifies the
/// intended colour space.
/// </summary>
internal static class SrgbProfile
{
    public const string Identifier = "sRGB IEC61966-2.1";

    public static byte[] Bytes { get; } = Build();

    private static byte[] Build()
    {
        var desc = Desc(Identifier);
        var cprt = Text("No copyright, use freely");
        var wtpt = Xyz(0.9505, 1.0, 1.0891);
        var rXyz = Xyz(0.4361, 0.2225, 0.0139);
        var gXyz = Xyz(0.3851, 0.7169, 0.0971);
        var bXyz = Xyz(0.1431, 0.0606, 0.7141);
        var trc = Curve();
        (string Tag, byte[] Data)[] tags = [("desc", desc), ("cprt", cprt), ("wtpt", wtpt), ("rXYZ", rXyz), ("gXYZ", gXyz), ("bXYZ", bXyz), ("rTRC", trc)];
        var tableSize = 4 + ((tags.Length + 2) * 12); // gTRC and bTRC share rTRC's data
        var body = new List<byte>();
        var offsets = new List<(string Tag, int Offset, int Size)>();
        var at = 128 + tableSize;
        foreach (var (tag, data) in tags)
        {
            offsets.Add((tag, at + body.Count, data.Length));
            body.AddRange(data);
            while (body.Count % 4 != 0) { body.Add(0); }
        }

        var trcEntry = offsets.Single(o => o.Tag == "rTRC");
        offsets.Add(("gTRC", trcEntry.Offset, trcEntry.Size));
        offsets.Add(("bTRC", trcEntry.Offset, trcEntry.Size));

        var profile = new byte[128 + tableSize + body.Count];
        var span = profile.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, (uint)profile.Length);
        Ascii(span[12..], "mntr");
        Ascii(span[16..], "RGB ");
        Ascii(span[20..], "XYZ ");
        span[8] = 2; span[9] = 0x10;                     // version 2.1.0
        BinaryPrimitives.WriteUInt16BigEndian(span[24..], 2000);   // date: 2000-01-01, fixed for the same bytes
        BinaryPrimitives.WriteUInt16BigEndian(span[26..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(span[28..], 1);
        Ascii(span[36..], "acsp");
        BinaryPrimitives.WriteInt32BigEndian(span[64..], 0); // perceptual intent
        Fixed(span[68..], 0.9642); Fixed(span[72..], 1.0); Fixed(span[76..], 0.8249); // PCS illuminant D50
        BinaryPrimitives.WriteUInt32BigEndian(span[128..], (uint)offsets.Count);
        for (var i = 0; i < offsets.Count; i++)
        {
            var entry = span[(132 + (i * 12))..];
            Ascii(entry, offsets[i].Tag);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], (uint)offsets[i].Offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)offsets[i].Size);
        }

        body.ToArray().CopyTo(span[(128 + tableSize)..]);
        return profile;
    }

    private static byte[] Xyz(double x, double y, double z)
    {
        var data = new byte[20];
        Ascii(data, "XYZ ");
        Fixed(data.AsSpan(8), x); Fixed(data.AsSpan(12), y); Fixed(data.AsSpan(16), z);
        return data;
    }

    /// <summary>The sRGB electro-optical transfer function, sampled at 32 points (curveType; readers interpolate, within 0.3%).</summary>
    private static byte[] Curve()
    {
        const int n = 32;
        var data = new byte[12 + (2 * n)];
        Ascii(data, "curv");
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), n);
        for (var i = 0; i < n; i++)
        {
            var v = i / (double)(n - 1);
            var linear = v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(12 + (2 * i)), (ushort)Math.Round(linear * 65535));
        }

        return data;
    }

    /// <summary>textDescriptionType: ASCII description with empty Unicode and ScriptCode parts.</summary>
    private static byte[] Desc(string text)
    {
        var ascii = Encoding.ASCII.GetBytes(text + "\0");
        var data = new byte[12 + ascii.Length + 4 + 4 + 2 + 1 + 67];
        Ascii(data, "desc");
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), (uint)ascii.Length);
        ascii.CopyTo(data, 12);
        return data;
    }

    private static byte[] Text(string text)
    {
        var ascii = Encoding.ASCII.GetBytes(text + "\0");
        var data = new byte[8 + ascii.Length];
        Ascii(data, "text");
        ascii.CopyTo(data, 8);
        return data;
    }

    private static void Fixed(Span<byte> at, double value) => BinaryPrimitives.WriteInt32BigEndian(at, (int)Math.Round(value * 65536));

    private static void Ascii(Span<byte> at, string text) => Encoding.ASCII.GetBytes(text, at);
}
