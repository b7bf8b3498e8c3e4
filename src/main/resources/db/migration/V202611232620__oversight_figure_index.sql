-- Trends and the national view read a scope's figures by month.
create index monthly_figure_scope_idx on oversight.monthly_figure (scope, scope_id, metric, month desc);
