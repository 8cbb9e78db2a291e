import ApexCharts from 'apexcharts';

/** Width of an A4 page's content in CSS pixels with the 12 mm margins of styles.css (@page). */
const PRINT_PAGE_WIDTH = 700;

const printMedia = window.matchMedia('print');

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for the places ApexCharts writes as HTML (tooltips, legend): names are never markup. */
const text = (value) => (value === null || value === undefined ? '' : String(value))
  .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

const object = (parent, key) => {
  if (!parent[key] || typeof parent[key] !== 'object') {
    parent[key] = {};
  }
  return parent[key];
};

/**
 * Every name the server sends (units, categories, series, labels) is text. ApexCharts draws axis labels and data
 * labels as SVG text nodes (safe), but writes tooltips and the legend with innerHTML: these formatters escape
 * what goes there.
 */
function textOnly(options) {
  const tooltip = object(options, 'tooltip');
  object(tooltip, 'x').formatter = (value) => text(value);
  object(object(tooltip, 'y'), 'title').formatter = (seriesName) => text(seriesName);
  const z = object(tooltip, 'z');
  if (z.title !== undefined) {
    z.title = text(z.title);
  }
  object(options, 'legend').formatter = (seriesName) => text(seriesName);
  const xaxis = object(options, 'xaxis');
  object(xaxis, 'tooltip').formatter = (value) => text(value);
  return options;
}

/**
 * <jgdj-apex-chart>: draws an ApexCharts chart from the JSON config the server sets in the `config`
 * property, re-renders when it changes, destroys the chart when detached, and reports clicks on a data
 * point as a `chart-click` event with the series and data point indexes.
 *
 * Printing lays the page out at paper width without a resize event, so the chart redraws itself for print
 * (beforeprint / the print media query): at most a page wide, and scalable (viewBox) so that it fits whatever
 * column the print layout gives it; after printing it redraws at screen width.
 */
class JgdjApexChart extends HTMLElement {
  constructor() {
    super();
    this._onPrintChange = () => this._setPrinting(printMedia.matches);
    this._onBeforePrint = () => this._setPrinting(true);
    this._onAfterPrint = () => this._setPrinting(printMedia.matches);
  }

  set config(value) {
    this._config = value;
    this._render();
  }

  get config() {
    return this._config;
  }

  connectedCallback() {
    printMedia.addEventListener('change', this._onPrintChange);
    window.addEventListener('beforeprint', this._onBeforePrint);
    window.addEventListener('afterprint', this._onAfterPrint);
    this._printing = printMedia.matches;
    this._render();
  }

  disconnectedCallback() {
    printMedia.removeEventListener('change', this._onPrintChange);
    window.removeEventListener('beforeprint', this._onBeforePrint);
    window.removeEventListener('afterprint', this._onAfterPrint);
    this._destroy();
  }

  _setPrinting(printing) {
    if (printing === !!this._printing) {
      return;
    }
    this._printing = printing;
    this._render();
  }

  _destroy() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _render() {
    if (!this.isConnected || !this._config) {
      return;
    }
    const options = textOnly(JSON.parse(this._config));
    options.chart = options.chart || {};
    options.chart.events = {
      dataPointSelection: (event, chartContext, opts) => {
        this.dispatchEvent(new CustomEvent('chart-click', {
          detail: { seriesIndex: opts.seriesIndex, dataPointIndex: opts.dataPointIndex }
        }));
      }
    };
    if (this._printing) {
      options.chart.width = Math.min(this.clientWidth || PRINT_PAGE_WIDTH, PRINT_PAGE_WIDTH);
      options.chart.redrawOnWindowResize = false;
      options.chart.redrawOnParentResize = false;
    }
    this._destroy();
    this._chart = new ApexCharts(this, options);
    const rendered = this._chart.render();
    this.toggleAttribute('printing', !!this._printing);
    if (this._printing) {
      rendered.then(() => this._scalable());
    }
  }

  /** Lets the drawn SVG shrink to its print column instead of overflowing it. */
  _scalable() {
    const svg = this.querySelector('svg.apexcharts-svg');
    if (!svg) {
      return;
    }
    const width = svg.getAttribute('width');
    const height = svg.getAttribute('height');
    svg.setAttribute('viewBox', `0 0 ${parseFloat(width)} ${parseFloat(height)}`);
    svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
    svg.style.maxWidth = '100%';
    svg.style.height = 'auto';
    const wrapper = svg.parentElement;
    if (wrapper) {
      wrapper.style.maxWidth = '100%';
      wrapper.style.minHeight = '0';
      wrapper.style.height = 'auto';
    }
  }
}

customElements.define('jgdj-apex-chart', JgdjApexChart);
