namespace Chancery.Domain;

/// <summary>The formal standing of an external partner in its relations with ASEAN.</summary>
public enum PartnershipStatus
{
    SectoralDialoguePartner,
    DevelopmentPartner,
    DialoguePartner,
    StrategicPartner,
    ComprehensiveStrategicPartner,
}
