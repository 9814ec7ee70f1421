using System.Text;

namespace MpLeaflets.Tests.Conformance;

/// <summary>One operator of a content stream with its operands (ISO 32000-1 §7.8.2).</summary>
internal sealed record ContentOp(string Operator, IReadOnlyList<object> Operands);

/// <summary>
/// A small content-stream tokenizer for the checks: numbers, names, literal and hex strings (as
/// bytes), arrays and dictionaries (in BDC operands), operators. Enough for the operators our PDFs use.
/// </summary>
internal static class ContentTokens
{
    public static List<ContentOp> Parse(byte[] data)
    {
        var ops = new List<ContentOp>();
        var stack = new List<object>();
        var i = 0;
        while (true)
        {
            var token = Next(data, ref i);
            if (token is null) { break; }
            if (token is Operator op) { ops.Add(new ContentOp(op.Name, stack.ToArray())); stack.Clear(); }
            else { stack.Add(token); }
        }

        return ops;
    }

    private sealed record Operator(string Name);

    public sealed record Name(string Value);

    private static object? Next(byte[] d, ref int i)
    {
        while (i < d.Length && (IsSpace(d[i]) || d[i] == '%'))
        {
            if (d[i] == '%') { while (i < d.Length && d[i] != '\n' && d[i] != '\r') { i++; } }
            else { i++; }
        }

        if (i >= d.Length) { return null; }
        var c = (char)d[i];
        switch (c)
        {
            case '/':
                var start = ++i;
                while (i < d.Length && !IsSpace(d[i]) && !IsDelimiter(d[i])) { i++; }
                return new Name(Encoding.ASCII.GetString(d, start, i - start));
            case '(':
                return Literal(d, ref i);
            case '<' when i + 1 < d.Length && d[i + 1] == '<':
                i += 2;
                var dict = new Dictionary<string, object>(StringComparer.Ordinal);
                while (true)
                {
                    var key = Next(d, ref i);
                    if (key is Operator { Name: ">>" } || key is null) { return dict; }
                    dict[((Name)key).Value] = Next(d, ref i)!;
                }
            case '>' when i + 1 < d.Length && d[i + 1] == '>':
                i += 2;
                return new Operator(">>");
            case '<':
                var end = Array.IndexOf(d, (byte)'>', i);
                var hex = Encoding.ASCII.GetString(d, i + 1, end - i - 1).Where(Uri.IsHexDigit).ToArray();
                i = end + 1;
                return Convert.FromHexString(new string(hex).PadRight(hex.Length + (hex.Length % 2), '0'));
            case '[':
                i++;
                var list = new List<object>();
                while (true)
                {
                    var item = Next(d, ref i);
                    if (item is Operator { Name: "]" } || item is null) { return list; }
                    list.Add(item);
                }
            case ']':
                i++;
                return new Operator("]");
            default:
                var s = i;
                while (i < d.Length && !IsSpace(d[i]) && !IsDelimiter(d[i])) { i++; }
                if (i == s) { i++; }
                var word = Encoding.ASCII.GetString(d, s, i - s);
                return double.TryParse(word, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n)
                    ? n : word is "true" or "false" ? word == "true" : new Operator(word);
        }
    }

    private static byte[] Literal(byte[] d, ref int i)
    {
        var result = new List<byte>();
        var depth = 0;
        i++;
        while (i < d.Length)
        {
            var b = d[i++];
            if (b == '\\' && i < d.Length)
            {
                var e = d[i++];
                result.Add(e switch { (byte)'n' => 10, (byte)'r' => 13, (byte)'t' => 9, (byte)'b' => 8, (byte)'f' => 12, _ => e });
                continue;
            }

            if (b == '(') { depth++; }
            if (b == ')' && depth-- == 0) { break; }
            result.Add(b);
        }

        return [.. result];
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or 0 or 12;

    private static bool IsDelimiter(byte b) => b is (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%';
}
