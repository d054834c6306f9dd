namespace Platform.Core.Adapters;

/// <summary>The adapter kinds Core defines contracts for (seed 001 § 13).</summary>
public static class AdapterTypes
{
    /// <summary>File storage.</summary>
    public const string Storage = "storage";

    /// <summary>E-mail.</summary>
    public const string Email = "notification.email";

    /// <summary>SMS.</summary>
    public const string Sms = "notification.sms";

    /// <summary>Push notifications.</summary>
    public const string Push = "notification.push";

    /// <summary>WhatsApp messages.</summary>
    public const string WhatsApp = "notification.whatsapp";

    /// <summary>Outgoing webhooks.</summary>
    public const string Webhook = "notification.webhook";

    /// <summary>Payments.</summary>
    public const string Payment = "payment";

    /// <summary>Geocoding and routing.</summary>
    public const string Geo = "geo";

    /// <summary>Search indexing.</summary>
    public const string Search = "search";

    /// <summary>Exchange rates.</summary>
    public const string FxRates = "fx-rates";

    /// <summary>Text recognition.</summary>
    public const string Ocr = "ocr";

    /// <summary>Translation.</summary>
    public const string Translate = "translate";
}
