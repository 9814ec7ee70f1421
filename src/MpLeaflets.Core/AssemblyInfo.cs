namespace MpLeaflets;
