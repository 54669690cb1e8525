using System.Text.RegularExpressions;
using Archive.Core.Analysis.Index;
using Archive.Core.Rendering.Charts;

namespace Archive.Core.Tests.Charts;

public sealed class MonthlyChartTests
{
    [Fact]
    public void A_year_chart_labels_all_twelve_months()
    {
        var year = new DatePeriod { Year = 2016 };
        year.Children.Add(new DatePeriod { Year = 2016, Month = 3 });

        var svg = MonthlyChart.Render([year], "Articles per month in 2016")!.Value;

        var labels = Regex.Matches(svg, "<text class=\"chart-label\"[^>]*>([^<]*)</text>").Select(m => m.Groups[1].Value);
        Assert.Equal(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], labels);
    }

    [Fact]
    public void A_chart_of_several_years_labels_years()
    {
        var older = new DatePeriod { Year = 2015 };
        older.Children.Add(new DatePeriod { Year = 2015, Month = 1 });
        var newer = new DatePeriod { Year = 2016 };
        newer.Children.Add(new DatePeriod { Year = 2016, Month = 5 });

        var svg = MonthlyChart.Render([newer, older], "Articles per month")!.Value;

        var labels = Regex.Matches(svg, "<text class=\"chart-label\"[^>]*>([^<]*)</text>").Select(m => m.Groups[1].Value);
        Assert.Equal(["2015", "2016"], labels);
    }
}
