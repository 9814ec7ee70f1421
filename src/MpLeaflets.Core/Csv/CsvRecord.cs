namespace MpLeaflets.Csv;

/// <summary>One record of a CSV file with the line it starts on (1-based), for messages.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
