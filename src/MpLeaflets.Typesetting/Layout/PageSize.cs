namespace MpLeaflets.Typesetting.Layout;

/// <summary>A page size in PDF points (1/72 inch).</summary>
public readonly record struct PageSize(float Width, float Height)
{
    public static PageSize A4 { get; } = FromMillimetres(210, 297);

    public static PageSize A5 { get; } = FromMillimetres(148, 210);

    public static PageSize A4Landscape { get; } = FromMillimetres(297, 210);

    public static PageSize FromMillimetres(float width, float height) => new(Units.Mm(width), Units.Mm(height));
}

/// <summary>Page margins in points.</summary>
public sealed record Margins(float Top, float Right, float Bottom, float Left)
{
    public static Margins Millimetres(float all) => new(Units.Mm(all), Units.Mm(all), Units.Mm(all), Units.Mm(all));

    public static Margins Millimetres(float top, float right, float bottom, float left) =>
        new(Units.Mm(top), Units.Mm(right), Units.Mm(bottom), Units.Mm(left));
}

/// <summary>Unit conversions: everything inside the engine is in points.</summary>
public static class Units
{
    public const float PointsPerMm = 72f / 25.4f;

    public static float Mm(float millimetres) => millimetres * PointsPerMm;

    public static float ToMm(float points) => points / PointsPerMm;
}
