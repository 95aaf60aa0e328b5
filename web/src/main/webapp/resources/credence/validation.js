/*
 * The validation page's hit-rate chart: its tooltips read as the page's table does, a rate in percent
 * and an interval as "low% – high%" (Chart.js would write a floating bar's ends as a bracketed list).
 * Set as the chart's extender; PrimeFaces calls it with the chart widget as this, before drawing.
 */
function credenceRateTooltips() {
    var options = this.cfg.config.options = this.cfg.config.options || {};
    options.plugins = options.plugins || {};
    options.plugins.tooltip = options.plugins.tooltip || {};
    options.plugins.tooltip.callbacks = {
        label: function (context) {
            var raw = context.raw;
            if (raw === null || raw === undefined) {
                return null;
            }
            var value = Array.isArray(raw) ? raw[0] + '% – ' + raw[1] + '%' : raw + '%';
            return context.dataset.label + ': ' + value;
        }
    };
}
