using System.Collections.Concurrent;
using HarfBuzzSharp;
using MpLeaflets.Typesetting.Fonts;
using Buffer = HarfBuzzSharp.Buffer;

namespace MpLeaflets.Typesetting.Text;

/// <summary>Shapes runs with HarfBuzz, once per (font, text, direction, language) per process.</summary>
internal static class Shaper
{
    private static readonly ConcurrentDictionary<Key, ShapedRun> Cache = new();

    public static ShapedRun Shape(FontFace font, string text, bool rightToLeft, string language)
    {
        if (Cache.Count > 200_000)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd(new Key(font, text, rightToLeft, language), static k => Run(k));
    }

    private static ShapedRun Run(Key key)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(key.Text);
        buffer.Direction = key.RightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        // The language selects localised forms (e.g. Urdu and Persian digits in 'locl').
        buffer.Language = new Language(key.Language);
        buffer.GuessSegmentProperties();
        // The default cluster level (monotone graphemes) keeps a letter and its marks in one cluster:
        // the PDF writer gives the cluster's text to the letter (see Pdf/Clusters.cs).
        key.Font.HbFont.Shape(buffer);

        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var n = infos.Length;
        var glyphs = new ushort[n];
        var clusters = new int[n];
        var advances = new int[n];
        var dx = new int[n];
        var dy = new int[n];
        for (var i = 0; i < n; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            advances[i] = positions[i].XAdvance;
            dx[i] = positions[i].XOffset;
            dy[i] = positions[i].YOffset;
        }

        return new ShapedRun(glyphs, clusters, advances, dx, dy);
    }

    private readonly record struct Key(FontFace Font, string Text, bool RightToLeft, string Language);
}
