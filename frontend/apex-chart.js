import ApexCharts from 'apexcharts';

/**
 * <jgdj-apex-chart>: draws an ApexCharts chart from the JSON config the server sets in the `config`
 * property, re-renders when it changes, destroys the chart when detached, and reports clicks on a data
 * point as a `chart-click` event with the series and data point indexes.
 */
class JgdjApexChart extends HTMLElement {
  set config(value) {
    this._config = value;
    this._render();
  }

  get config() {
    return this._config;
  }

  connectedCallback() {
    this._render();
  }

  disconnectedCallback() {
    this._destroy();
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
    const options = JSON.parse(this._config);
    options.chart = options.chart || {};
    options.chart.events = {
      dataPointSelection: (event, chartContext, opts) => {
        this.dispatchEvent(new CustomEvent('chart-click', {
          detail: { seriesIndex: opts.seriesIndex, dataPointIndex: opts.dataPointIndex }
        }));
      }
    };
    this._destroy();
    this._chart = new ApexCharts(this, options);
    this._chart.render();
  }
}

customElements.define('jgdj-apex-chart', JgdjApexChart);
