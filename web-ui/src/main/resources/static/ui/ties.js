// Sends the session's CSRF token with every htmx request that writes (forms carry it as a field).
document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token && event.detail.verb !== 'get') {
        event.detail.headers[header.content] = token.content;
    }
});

// The relations chart (Chart.js): one bar per period and kind; a click on a bar lists those developments.
document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('relations-chart');
    if (!canvas || typeof Chart === 'undefined') {
        return;
    }
    var data = JSON.parse(document.getElementById('relations-data').textContent);
    var chart = new Chart(canvas, {
        type: 'bar',
        data: {labels: data.labels, datasets: data.datasets},
        options: {
            responsive: true,
            animation: false,
            scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0}}},
            onClick: function (e, elements) {
                if (!elements.length) {
                    return;
                }
                var element = elements[0];
                var period = data.labels[element.index];
                var kind = data.datasets[element.datasetIndex].kind;
                var link = document.querySelector('a[data-period="' + period + '"][data-kind="' + kind + '"]');
                if (link) {
                    link.click();
                }
            }
        }
    });
    canvas.setAttribute('data-ready', String(chart.data.labels.length));
});

// Pickers: choosing a suggested record puts its id into the field, in place of the entry being typed;
// a field of several ids ("visitorIds") then gets the separator, so that the next name typed starts a new entry.
document.addEventListener('click', function (event) {
    var choice = event.target.closest('[data-insert]');
    if (!choice) {
        return;
    }
    var field = document.getElementsByName(choice.getAttribute('data-target'))[0];
    if (!field) {
        return;
    }
    var entries = field.value.split(',').map(function (s) { return s.trim(); });
    entries[entries.length - 1] = choice.getAttribute('data-insert');
    field.value = entries.filter(function (s) { return s.length > 0; }).join(', ')
        + (/Ids$/.test(field.name) ? ', ' : '');
    field.focus();
    var list = choice.closest('.suggestions');
    if (list) {
        list.remove();
    }
});
