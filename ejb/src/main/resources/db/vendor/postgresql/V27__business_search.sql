-- Finding businesses among 1,000,000 by region prefix and by part of the name (the interface's
-- business search, GET /businesses, the public search by name, results by region).
-- The search picks a page of codes first, walking the codes in order: with each business's region
-- and name beside its code in the index, the walk reads index entries only, never a business row
-- it passes over.
create index business_search_idx on business (uscc) include (region_code, name);
-- A region prefix (LIKE '3301%') uses a B-tree only with the pattern operators when the database's
-- collation is not C; the count of a region's businesses reads this index.
create index business_region_prefix_idx on business (region_code varchar_pattern_ops);
-- Part of a name (LIKE '%嘉禾%') in any position: trigrams, Chinese characters included. pg_trgm ships
-- with PostgreSQL and is a trusted extension: the database's owner may create it.
create extension if not exists pg_trgm;
create index business_name_trgm_idx on business using gin (lower(name) gin_trgm_ops);
