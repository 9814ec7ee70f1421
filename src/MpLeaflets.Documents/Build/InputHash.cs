using System.Security.Cryptography;
using System.Text;
using MpLeaflets.Content;
using MpLeaflets.Translations;
using MpLeaflets.Units;

namespace MpLeaflets.Documents.Build;

/// <summary>
/// Everything one output file is made from: the engine and builders (their assemblies' ids, which a
/// deterministic build changes only when the code changes), the language's row in languages.csv,
/// the English source of the document and of the common strings, the language's rows for those
/// units, and the build options. Same hash → same PDF, so it is not built again.
/// </summary>
internal static class InputHash
{
    public static string Of(Language language, SegmentedDocument document, SegmentedDocument? common,
        IReadOnlyDictionary<string, TranslationRow> rows, BuildRequest request)
    {
        var sb = new StringBuilder();
        sb.Append(PdfBuild.Engine).Append('\n');
        sb.Append(request.AllowEnglishFallback).Append(request.LargePrint).Append('\n');
        sb.AppendJoin('\u001f', LanguageFields.Format(language)).Append('\n');
        foreach (var doc in new[] { document, common })
        {
            if (doc is null) { continue; }
            sb.Append(doc.Source.Text).Append('\u001e');
            foreach (var unit in doc.Units)
            {
                if (rows.TryGetValue(unit.Id, out var row))
                {
                    // The sign-off too: a document reviewed throughout prints the day of its last review.
                    sb.AppendJoin('\u001f', row.Id, row.Source, row.Translation, row.State.ToCsv(), row.Review?.ToString() ?? "").Append('\u001e');
                }
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
