namespace MpLeaflets.Translations;

public static class UnitIds
{
    public static string DocumentOf(string unitId)
    {
        var dot = unitId.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? unitId : unitId[..dot];
    }
}
