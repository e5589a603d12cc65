using System.Globalization;

namespace LrNotebooks.Core.Schedules;

/// <summary>The number format of schedule names.</summary>
internal static class ScheduleText
{
    /// <summary>Short invariant number format for schedule names, e.g. <c>0.1</c>, <c>1E-04</c>.</summary>
    public static string Short(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
