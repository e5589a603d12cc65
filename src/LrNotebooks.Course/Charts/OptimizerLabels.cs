using System.Text;

namespace LrNotebooks.Course;

/// <summary>
/// An optimizer's library label in plain words for a legend, e.g. "SGD, η = 0.001, momentum 0.9" where the library's
/// name is "SGD(lr=0.001, momentum=0.9)": the algorithm first (so <see cref="NamedStyles"/> still finds it), the rate
/// as η, the other hyper-parameters by their usual symbols. Any other label is returned unchanged.
/// </summary>
public static class OptimizerLabels
{
    private static readonly Dictionary<string, string> Algorithms = new(StringComparer.Ordinal)
    {
        ["SGD"] = "SGD", ["GD"] = "GD", ["Adam"] = "Adam", ["AdamW"] = "AdamW", ["Adamax"] = "Adamax", ["NAdam"] = "NAdam",
        ["RAdam"] = "RAdam", ["RMSprop"] = "RMSProp", ["Adagrad"] = "AdaGrad", ["Adadelta"] = "AdaDelta", ["Lion"] = "Lion",
        ["ScheduleFreeSGD"] = "schedule-free SGD", ["ScheduleFreeAdamW"] = "schedule-free AdamW",
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["momentum"] = "momentum ", ["dampening"] = "dampening ", ["weight_decay"] = "weight decay ", ["eps"] = "ε = ",
        ["alpha"] = "α = ", ["beta1"] = "β₁ = ", ["beta2"] = "β₂ = ", ["lr_decay"] = "rate decay ",
        ["initial_accumulator_value"] = "initial accumulator ", ["momentum_decay"] = "momentum decay ",
        ["warmup"] = "warm-up steps ", ["r"] = "r = ", ["weight_lr_power"] = "averaging power ",
    };

    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        ["nesterov"] = "Nesterov", ["amsgrad"] = "AMSGrad", ["centered"] = "centered",
    };

    /// <summary>
    /// The plain-language form of <paramref name="label"/>, or the label itself when it is not an optimizer's; a label
    /// that ends in one after ", " (a trainer's "MLP 64-32-10, SGD(lr=0.1, momentum=0.9)") has that part translated.
    /// </summary>
    public static string Plain(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        string alone = PlainAlone(label);
        if (!ReferenceEquals(alone, label)) return alone;
        // The optimizer part starts after a ", " outside parentheses.
        int depth = 0;
        for (int i = 0; i < label.Length - 1; i++)
        {
            if (label[i] == '(') depth++;
            else if (label[i] == ')') depth--;
            else if (depth == 0 && label[i] == ',' && label[i + 1] == ' ')
            {
                string rest = label[(i + 2)..], plain = PlainAlone(rest);
                if (!ReferenceEquals(plain, rest)) return $"{label[..i]}, {plain}";
            }
        }
        return label;
    }

    private static string PlainAlone(string label)
    {
        int open = label.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !label.EndsWith(')') || !Algorithms.TryGetValue(label[..open], out var algorithm)) return label;
        var parts = SplitTopLevel(label[(open + 1)..^1]);
        if (parts is null || parts.Count == 0 || !parts[0].StartsWith("lr=", StringComparison.Ordinal)) return label;
        var text = new StringBuilder(algorithm);
        string rate = parts[0][3..];
        text.Append(rate.Contains('(', StringComparison.Ordinal) ? $", η: {rate}" : $", η = {rate}");
        foreach (string part in parts.Skip(1))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0) text.Append(", ").Append(Flags.GetValueOrDefault(part, part));
            else
            {
                string key = part[..equals], value = part[(equals + 1)..];
                text.Append(", ").Append(Symbols.GetValueOrDefault(key, key.Replace('_', ' ') + " = ")).Append(value);
            }
        }
        return text.ToString();
    }

    /// <summary>Splits at the commas outside parentheses (a schedule's name can stand for the rate); null if unbalanced.</summary>
    private static List<string>? SplitTopLevel(string text)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth < 0) return null;
            else if (text[i] == ',' && depth == 0)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }
        if (depth != 0) return null;
        parts.Add(text[start..].Trim());
        return parts;
    }
}
