-- The national agencies that supervise online trade together (reference data, every installation).
insert into agency (id, code, name, kind) values (1, 'SAMR', '国家市场监督管理总局 State Administration for Market Regulation', 'MARKET_REGULATION');
insert into agency (id, code, name, kind) values (2, 'CAC', '国家互联网信息办公室 Cyberspace Administration of China', 'CYBERSPACE');
insert into agency (id, code, name, kind) values (3, 'MPS', '公安部 Ministry of Public Security', 'PUBLIC_SECURITY');
insert into agency (id, code, name, kind) values (4, 'MIIT', '工业和信息化部 Ministry of Industry and Information Technology (communications administration)', 'COMMUNICATIONS');
insert into agency (id, code, name, kind) values (5, 'SPB', '国家邮政局 State Post Bureau', 'POSTAL');
insert into agency (id, code, name, kind) values (6, 'STA', '国家税务总局 State Taxation Administration', 'TAX');
insert into agency (id, code, name, kind) values (7, 'GACC', '海关总署 General Administration of Customs', 'CUSTOMS');
insert into agency (id, code, name, kind) values (8, 'NMPA', '国家药品监督管理局 National Medical Products Administration', 'DRUG');
insert into agency (id, code, name, kind) values (9, 'NFGA', '国家林业和草原局 National Forestry and Grassland Administration', 'FORESTRY_FISHERIES');
insert into agency (id, code, name, kind) values (10, 'MARA', '农业农村部 Ministry of Agriculture and Rural Affairs (fisheries)', 'FORESTRY_FISHERIES');
