namespace MpLeaflets.Content;

public enum DocumentKind
{
    Leaflet,
    Checklist,
    ConsentForm,
    Strings,
}

public static class DocumentKinds
{
    public static bool TryParse(string text, out DocumentKind kind)
    {
        switch (text)
        {
            case "leaflet": kind = DocumentKind.Leaflet; return true;
            case "checklist": kind = DocumentKind.Checklist; return true;
            case "consent-form": kind = DocumentKind.ConsentForm; return true;
            case "strings": kind = DocumentKind.Strings; return true;
            default: kind = default; return false;
        }
    }

    public const string AllNames = "leaflet, checklist, consent-form, strings";
}
