namespace MpLeaflets.Typesetting.Layout;

/// <summary>A page size in PDF points (1/72 inch).</summary>
public readonly record struct PageSize(float Width, float Height)
{
    public static PageSize A4 { get; } = FromMillimetres(210, 297);

    public static PageSize A5 { get; } = FromMillimetres(148, 210);

    public static PageSize A4Landscape { get; } = FromMillimetres(297, 210);

    public static PageSize FromMillimetres(float width, float height) => new(Points.FromMm(width), Points.FromMm(height));
}

/// <summary>Page margins in points.</summary>
public sealed record Margins(float Top, float Right, float Bottom, float Left)
{
    public static Margins Millimetres(float all) => new(Points.FromMm(all), Points.FromMm(all), Points.FromMm(all), Points.FromMm(all));

    public static Margins Millimetres(float top, float right, float bottom, float left) =>
        new(Points.FromMm(top), Points.FromMm(right), Points.FromMm(bottom), Points.FromMm(left));
}

/// <summary>Lengths: everything inside the engine is in PDF points (1/72 inch).</summary>
public static class Points
{
    public const float PerMm = 72f / 25.4f;

    public static float FromMm(float millimetres) => millimetres * PerMm;

    public static float ToMm(float points) => points / PerMm;
}
